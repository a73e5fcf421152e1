import { DisplayState, type GraphDisplay } from "./display";
import { edgeKinds, type GraphData, type GraphEdgeKind, type GraphNodeKind } from "./types";

/** What a legend lists: the kinds of node and link, in legend order, and whether a dashed (inferred) link occurs. */
export interface LegendKinds {
  nodeKinds: readonly GraphNodeKind[];
  edgeKinds: readonly GraphEdgeKind[];
  hasInferred: boolean;
}

const nodeKindOrder: readonly GraphNodeKind[] = ["state", "organization", "person", "group", "meeting"];

function kindsWhere(graph: GraphData, nodeCounts: (index: number) => boolean, edgeCounts: (index: number) => boolean): LegendKinds {
  const nodeKinds = new Set<GraphNodeKind>();
  graph.nodes.forEach((node, index) => {
    if (nodeCounts(index)) nodeKinds.add(node.kind);
  });
  const presentEdges = new Set<GraphEdgeKind>();
  let hasInferred = false;
  graph.edges.forEach((edge, index) => {
    if (!edgeCounts(index)) return;
    presentEdges.add(edge.kind);
    if (edge.certainty === "inferred") hasInferred = true;
  });
  return { nodeKinds: nodeKindOrder.filter((kind) => nodeKinds.has(kind)), edgeKinds: edgeKinds.filter((kind) => presentEdges.has(kind)), hasInferred };
}

/** Every kind the graph holds: the legend of the page, a reference that does not change as the user moves. */
export function legendKindsOf(graph: GraphData): LegendKinds {
  return kindsWhere(
    graph,
    () => true,
    () => true,
  );
}

/**
 * The kinds in the picture as it is drawn: with a selection, what it lights up (dimmed
 * context is left out); without one, what the window and filters show. A projector's
 * legend lists these, so the key to a story step is a line or two instead of a third of
 * the pane. Falls back to every kind when nothing is drawn, where a key to nothing would
 * leave the reader guessing.
 */
export function legendKindsShown(graph: GraphData, display: Pick<GraphDisplay, "nodeState" | "edgeState" | "hasSelection">): LegendKinds {
  const least = display.hasSelection ? DisplayState.highlighted : DisplayState.normal;
  const shown = kindsWhere(
    graph,
    (index) => display.nodeState[index]! >= least,
    (index) => display.edgeState[index]! >= least,
  );
  return shown.nodeKinds.length > 0 ? shown : legendKindsOf(graph);
}
