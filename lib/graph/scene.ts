import { nodeRadii } from "./nodeSize";
import { DisplayState, type GraphDisplay } from "./display";
import { edgeKinds, type GraphData, type GraphNodeKind } from "./types";

export const nodeKindOrder: readonly GraphNodeKind[] = ["meeting", "state", "territory", "organization", "person", "group"];

/** What drawing needs from a graph, in flat arrays, prepared once per graph. */
export interface Scene {
  graph: GraphData;
  nodeCount: number;
  /** Layout radius per node. */
  radii: Float32Array;
  /** Index into nodeKindOrder per node. */
  nodeKind: Uint8Array;
  /** source, target per edge. */
  edgeEnds: Uint32Array;
  /** edgeKinds index × 2 + (inferred ? 1 : 0) per edge. */
  edgeStyle: Uint8Array;
  /** Index of a node with the largest radius (bounds hit tests). */
  largestNode: number;
  /** Nodes in label priority: entities before meetings, larger first, then by name. */
  labelOrder: Uint32Array;
  /** Edges of node i are adjacencyEdges[adjacencyStart[i] .. adjacencyStart[i + 1]). */
  adjacencyStart: Uint32Array;
  adjacencyEdges: Uint32Array;
}

/** localeCompare's order (the default locale's), from one collator: many times faster over thousands of labels. */
const byLabel = new Intl.Collator().compare;

export function prepareScene(graph: GraphData): Scene {
  const { nodes, edges } = graph;
  const radii = nodeRadii(nodes);
  const nodeKind = Uint8Array.from(nodes, (node) => nodeKindOrder.indexOf(node.kind));
  const edgeEnds = new Uint32Array(edges.length * 2);
  const edgeStyle = new Uint8Array(edges.length);
  const degree = new Uint32Array(nodes.length + 1);
  edges.forEach((edge, i) => {
    edgeEnds[i * 2] = edge.source;
    edgeEnds[i * 2 + 1] = edge.target;
    edgeStyle[i] = edgeKinds.indexOf(edge.kind) * 2 + (edge.certainty === "inferred" ? 1 : 0);
    degree[edge.source]!++;
    degree[edge.target]!++;
  });
  const adjacencyStart = new Uint32Array(nodes.length + 1);
  for (let i = 0; i < nodes.length; i++) adjacencyStart[i + 1] = adjacencyStart[i]! + degree[i]!;
  const fill = adjacencyStart.slice(0, nodes.length);
  const adjacencyEdges = new Uint32Array(edges.length * 2);
  edges.forEach((edge, i) => {
    adjacencyEdges[fill[edge.source]!++] = i;
    adjacencyEdges[fill[edge.target]!++] = i;
  });
  const isMeeting = (i: number) => (nodes[i]!.kind === "meeting" ? 1 : 0);
  const labelOrder = Uint32Array.from(
    nodes.map((_, i) => i).sort((a, b) => isMeeting(a) - isMeeting(b) || radii[b]! - radii[a]! || byLabel(nodes[a]!.label, nodes[b]!.label)),
  );
  let largestNode = 0;
  radii.forEach((radius, i) => {
    if (radius > radii[largestNode]!) largestNode = i;
  });
  return { graph, nodeCount: nodes.length, radii, nodeKind, edgeEnds, edgeStyle, largestNode, labelOrder, adjacencyStart, adjacencyEdges };
}

/** Indices of one draw batch: one state, one style, one path. */
export interface DrawGroup {
  state: number;
  /** Node kind index or edge style index. */
  style: number;
  indices: Uint32Array;
}

function group(count: number, stateOf: (i: number) => number, styleOf: (i: number) => number, styles: number, minState: number): DrawGroup[] {
  const buckets = new Map<number, number[]>();
  for (let i = 0; i < count; i++) {
    const state = stateOf(i);
    if (state === DisplayState.hidden || state < minState) continue;
    const key = state * styles + styleOf(i);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(i);
    else buckets.set(key, [i]);
  }
  // Weakest first, so what matters is painted last, on top.
  return [...buckets.entries()]
    .sort(([a], [b]) => a - b)
    .map(([key, indices]) => ({ state: Math.floor(key / styles), style: key % styles, indices: Uint32Array.from(indices) }));
}

export interface DrawGroups {
  edges: DrawGroup[];
  nodes: DrawGroup[];
}

/**
 * Batches for drawing, rebuilt when the display changes, not every frame. With
 * `minState`, only what is drawn at least that strongly (a selection's lit part).
 */
export function drawGroups(scene: Pick<Scene, "nodeCount" | "nodeKind" | "edgeStyle">, display: Pick<GraphDisplay, "nodeState" | "edgeState">, minState: number = DisplayState.dimmed): DrawGroups {
  return {
    edges: group(display.edgeState.length, (i) => display.edgeState[i]!, (i) => scene.edgeStyle[i]!, edgeKinds.length * 2, minState),
    nodes: group(scene.nodeCount, (i) => display.nodeState[i]!, (i) => scene.nodeKind[i]!, nodeKindOrder.length, minState),
  };
}

/** How many nodes and edges some batches hold. */
export function groupsSize(groups: DrawGroups): number {
  let size = 0;
  for (const batch of [...groups.edges, ...groups.nodes]) size += batch.indices.length;
  return size;
}
