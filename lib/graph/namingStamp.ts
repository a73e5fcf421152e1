import type { PlacedLabel } from "./labels";
import type { GraphData } from "./types";

/**
 * What a painted frame named, as the graph's page contract states it (README): the ids of
 * the selected nodes in view left without a name (null while the names wait for the
 * layout to rest), and of every node whose name was set apart on a leader line.
 * Comma-separated; empty when there are none.
 */
export function namingStamp(
  graph: Pick<GraphData, "nodes">,
  naming: { labels: readonly Pick<PlacedLabel, "index" | "leader">[]; unnamedSelected: readonly number[] | null },
): { selectionUnnamed: string | null; namedApart: string } {
  const idOf = (index: number) => graph.nodes[index]!.id;
  return {
    selectionUnnamed: naming.unnamedSelected === null ? null : naming.unnamedSelected.map(idOf).join(","),
    namedApart: naming.labels.filter((label) => label.leader).map((label) => idOf(label.index)).join(","),
  };
}
