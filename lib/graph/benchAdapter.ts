import type { EntityKind } from "@/lib/model/schema";
import type { GraphData, GraphEdge, GraphNode } from "./types";

/** The shape of ../shared/bench/graph-<n>.json. */
export interface BenchGraphFile {
  nodes: { id: string; type: string; label: string }[];
  links: { source: string; target: string }[];
}

const entityKinds: readonly EntityKind[] = ["state", "organization", "person", "group"];

export class BenchGraphError extends Error {
  readonly code = "bench-graph-invalid";
  constructor(message: string) {
    super(`benchGraphToGraphData: ${message}`);
  }
}

/**
 * A benchmark workload as the graph builder's output, so the bench page measures the
 * real view. The workload has no meetings: each link becomes a stated entity–entity
 * "aligned with" edge shown at all times, and a node's size follows its degree the way
 * an entity's follows its meetings.
 */
export function benchGraphToGraphData(file: BenchGraphFile): GraphData {
  if (!Array.isArray(file?.nodes) || !Array.isArray(file?.links)) throw new BenchGraphError("expected { nodes: [], links: [] }");
  const indexById = new Map<string, number>();
  const nodes: GraphNode[] = file.nodes.map((raw, index) => {
    if (indexById.has(raw.id)) throw new BenchGraphError(`duplicate node id "${raw.id}"`);
    indexById.set(raw.id, index);
    const kind = entityKinds.find((known) => known === raw.type) ?? "group";
    return { id: raw.id, kind, label: raw.label, meetingCount: 0 };
  });
  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  for (const link of file.links) {
    const source = indexById.get(link.source);
    const target = indexById.get(link.target);
    if (source === undefined || target === undefined) throw new BenchGraphError(`link ${link.source} → ${link.target} names an unknown node`);
    const id = `aligned-with|${link.source}|${link.target}|stated`;
    if (seen.has(id) || source === target) continue;
    seen.add(id);
    nodes[source]!.meetingCount += 1;
    nodes[target]!.meetingCount += 1;
    edges.push({ id, kind: "aligned-with", source, target, certainty: "stated", participationIds: [], meetingIds: [] });
  }
  return { nodes, edges, indexById };
}
