import type { GraphNode } from "./types";

export const meetingRadius = 2.5;
const minEntityRadius = 4;
const maxEntityRadius = 18;

/**
 * Radius in layout units by the number of meetings, on a square-root scale so area
 * follows the count. `maxCount` is the largest count among entities in the graph.
 */
export function nodeRadius(node: Pick<GraphNode, "kind" | "meetingCount">, maxCount: number): number {
  if (node.kind === "meeting") return meetingRadius;
  if (maxCount <= 1) return minEntityRadius + 2;
  const share = Math.sqrt(Math.max(0, node.meetingCount - 1) / (maxCount - 1));
  return minEntityRadius + share * (maxEntityRadius - minEntityRadius);
}

export function nodeRadii(nodes: readonly GraphNode[]): Float32Array {
  let maxCount = 1;
  for (const node of nodes) if (node.kind !== "meeting") maxCount = Math.max(maxCount, node.meetingCount);
  return Float32Array.from(nodes, (node) => nodeRadius(node, maxCount));
}

/**
 * Drawn radius in pixels at zoom k. Positions scale with k, radii with √k: zooming in
 * opens space between nodes faster than it fattens them, and zoomed out a large graph
 * keeps visible dots. Never below a pixel and a half, so every node can be seen.
 */
export function screenRadius(radius: number, k: number): number {
  return Math.max(1.5, radius * Math.sqrt(k));
}
