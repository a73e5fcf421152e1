// Making many objects of a few known shapes cheaply, for the years bundle's reader
// (lib/data/columnCodec.ts), which makes some 50,000 of them on the page's main thread.
//
// An object built key by key ({} then record[key] = …) keeps all but its first four
// fields in a separate array, reallocated as it grows; measured cold in Node, that
// garbage and its collection cost more than the whole JSON.parse the bundle saves. A
// template parsed from JSON holds all its fields in the object itself, and a copy of it
// ({...template}) is one allocation of that size. V8 copies that fast only at a spread
// whose inline cache has seen at most four shapes, so copies are spread over several
// identical sites, each shape keeping its own.

type Copy = (template: Record<string, unknown>) => Record<string, unknown>;

/** A record with these keys, in this order, each null: what records of one shape are copied from. */
export function templateWith(keys: readonly string[]): Record<string, unknown> {
  // Object.fromEntries and JSON.parse both make "__proto__" an own key, as data/'s own parse does.
  return JSON.parse(JSON.stringify(Object.fromEntries(keys.map((key) => [key, null])))) as Record<string, unknown>;
}

// Identical on purpose: each is a spread site of its own, with its own inline cache.
const copySites: readonly Copy[] = [
  (template) => ({ ...template }),
  (template) => ({ ...template }),
  (template) => ({ ...template }),
  (template) => ({ ...template }),
  (template) => ({ ...template }),
  (template) => ({ ...template }),
  (template) => ({ ...template }),
  (template) => ({ ...template }),
  (template) => ({ ...template }),
  (template) => ({ ...template }),
  (template) => ({ ...template }),
  (template) => ({ ...template }),
  (template) => ({ ...template }),
  (template) => ({ ...template }),
  (template) => ({ ...template }),
  (template) => ({ ...template }),
];

/**
 * Hands out copy sites in turn, from the first each time it is made: a bundle read twice
 * gives each shape the same site both times, so a site never sees more shapes than its share.
 */
export function copySitesInTurn(): () => Copy {
  let next = 0;
  return () => copySites[next++ % copySites.length]!;
}
