import { lcg } from "./lcg";
import { nodeRadii } from "./nodeSize";
import type { GraphData, GraphEdgeKind } from "./types";

// What the page needs of the layout on the main thread: its input, and the picture it
// starts from. The forces themselves (./layout, d3-force) run only in the worker and at
// build time, so they are not in the page's first scripts.

/**
 * What the layout needs, as flat typed arrays: cheap to send to a worker, and nothing
 * d3-force could write back into store objects.
 */
export interface LayoutInput {
  nodeCount: number;
  radii: Float32Array;
  /** Pairs of node indices: [source0, target0, source1, target1, …]. */
  links: Uint32Array;
  /** Preferred length of each link. */
  linkDistances: Float32Array;
}

const linkDistanceByKind: Record<GraphEdgeKind, number> = {
  presided: 34,
  spoke: 34,
  "subject-of": 34,
  present: 38,
  "spoke-on-behalf": 22,
  "aligned-with": 18,
  "represented-by": 18,
  voted: 34,
  sponsored: 34,
  raised: 38,
};

export function layoutInputFor(graph: GraphData): LayoutInput {
  const links = new Uint32Array(graph.edges.length * 2);
  const linkDistances = new Float32Array(graph.edges.length);
  const radii = nodeRadii(graph.nodes);
  graph.edges.forEach((edge, i) => {
    links[i * 2] = edge.source;
    links[i * 2 + 1] = edge.target;
    linkDistances[i] = linkDistanceByKind[edge.kind] + (radii[edge.source] ?? 0) + (radii[edge.target] ?? 0);
  });
  return { nodeCount: graph.nodes.length, radii, links, linkDistances };
}


/**
 * Where the layout starts: a phyllotaxis spiral ordered by degree, hubs in the middle, so
 * the well-connected core does not have to travel through the crowd. Cheap enough for the
 * main thread to draw as the first frame while the worker starts (x0, y0, x1, y1, …).
 */
export function seedPositions(input: Pick<LayoutInput, "nodeCount" | "links">, seed: number): Float32Array {
  const { nodeCount, links } = input;
  const degree = new Uint32Array(nodeCount);
  for (const index of links) degree[index] = (degree[index] ?? 0) + 1;
  const order = Array.from({ length: nodeCount }, (_, i) => i).sort((a, b) => degree[b]! - degree[a]! || a - b);
  // About the spacing the forces settle at, so the first frames are not a wide, sparse
  // spiral whose long edges are slow to draw and take ticks to pull in.
  const spacing = Math.max(11, 24 - Math.sqrt(nodeCount) * 0.18);
  const golden = Math.PI * (3 - Math.sqrt(5));
  const turn = lcg(seed)() * Math.PI * 2;
  const positions = new Float32Array(nodeCount * 2);
  order.forEach((index, rank) => {
    const radius = spacing * Math.sqrt(0.5 + rank);
    const angle = turn + rank * golden;
    positions[index * 2] = radius * Math.cos(angle);
    positions[index * 2 + 1] = radius * Math.sin(angle);
  });
  return positions;
}
