import { sameData } from "@/lib/model/sameData";

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
