/** A value that changes outside React, read with useSyncExternalStore or by imperative code. */
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
