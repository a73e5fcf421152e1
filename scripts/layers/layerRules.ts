import type { FolderGraph } from "./folderGraph";

// The layering of ../shared/DESIGN.md, as rules on folder edges. A rule names the folders
// it governs by prefix and the prefixes they may not import.

export interface LayerRule {
  /** Why the rule exists, printed with a breach. */
  reason: string;
  from: string | readonly string[];
  mayNotImport: readonly string[];
}

export const layerRules: readonly LayerRule[] = [
  { from: "lib/sources", mayNotImport: ["lib/ingest", "lib/model", "lib/store", "lib/graph", "lib/timeline", "components", "app", "scripts"], reason: "parsers read text and know nothing downstream" },
  { from: "lib/model", mayNotImport: ["lib/ingest", "lib/sources", "lib/store", "components", "app", "scripts"], reason: "the data contract is pure and stands alone" },
  { from: "lib/ingest", mayNotImport: ["lib/store", "components", "app", "scripts"], reason: "the ingest builds data, never the UI, and touches no files" },
  { from: "lib", mayNotImport: ["components", "app", "scripts"], reason: "lib/ is pure and below the views" },
  { from: "components", mayNotImport: ["app", "scripts"], reason: "views are used by pages, not the other way" },
  { from: ["components/timeline", "components/graph", "components/details", "components/list", "components/search"], mayNotImport: ["components/explorer"], reason: "views depend on lib/store, never on the explorer that composes them" },
];

const under = (folder: string, prefix: string) => folder === prefix || folder.startsWith(`${prefix}/`);

/** One line per breach: the rule's reason and a file-level import that makes the edge. */
export function layerBreaches(graph: FolderGraph, rules: readonly LayerRule[] = layerRules): string[] {
  const breaches: string[] = [];
  for (const [from, edges] of [...graph].sort(([a], [b]) => a.localeCompare(b))) {
    for (const rule of rules) {
      if (![rule.from].flat().some((prefix) => under(from, prefix))) continue;
      for (const [to, because] of edges) {
        if (rule.mayNotImport.some((prefix) => under(to, prefix))) breaches.push(`${from} -> ${to} (${rule.reason}): ${because[0]}`);
      }
    }
  }
  return breaches;
}
