/** Equal as data: the same primitives, arrays of equal items in order, objects with equal values under the same keys. */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((item, i) => sameData(item, (b as unknown[])[i]));
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/**
 * `next`, with each value equal as data to the current one replaced by the current one;
 * null when nothing differs. A link decoded into the state it already names then changes
 * no identity, so no selector recomputes and no view renders again (on every page load,
 * an empty URL decoded into the empty state re-rendered both views right after hydration).
 */
export function changedValues<T extends object>(current: T, next: Partial<T>): Partial<T> | null {
  const changed: Partial<T> = {};
  let any = false;
  for (const key of Object.keys(next) as Array<keyof T>) {
    if (sameData(current[key], next[key])) continue;
    changed[key] = next[key];
    any = true;
  }
  return any ? changed : null;
}
