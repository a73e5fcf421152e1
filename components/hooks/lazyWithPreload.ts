import { lazy, type ComponentType } from "react";

/**
 * A component loaded on first render (React.lazy) that can also be asked for earlier:
 * `preload()` starts the same single download, so a part kept out of the first load can
 * still be ready before the user reaches for it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- React.lazy's own constraint
export function lazyWithPreload<T extends ComponentType<any>>(load: () => Promise<T>) {
  let pending: Promise<{ default: T }> | null = null;
  const preload = () => (pending ??= load().then((component) => ({ default: component })));
  return Object.assign(lazy(preload), { preload });
}
