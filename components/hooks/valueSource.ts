/**
 * A value that changes outside React (a zoomed view, the graph's display), read by
 * imperative code through subscribe, or by one React leaf through useValueSource, so a
 * change repaints a canvas or re-renders that leaf without rendering the tree above it.
 */
export interface ValueSource<T> {
  get(): T;
  subscribe(listener: () => void): () => void;
}

export interface MutableValueSource<T> extends ValueSource<T> {
  set(value: T): void;
}

export function createValueSource<T>(initial: T): MutableValueSource<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return;
      value = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
