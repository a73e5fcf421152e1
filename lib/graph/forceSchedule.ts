/**
 * How much work the layout does by graph size: ticks from start to rest, and the
 * Barnes–Hut theta of the repulsion (a larger theta groups more distant nodes into one
 * mass: cheaper, coarser).
 *
 * - Up to 1,000 nodes: 300 ticks at theta 0.9 (d3's defaults are 300 and 0.9).
 * - Up to 10,000: fewer ticks as the graph grows, down to 120, at theta 1 above 2,000.
 *   The explorer's graphs (2003, all years: 5,700 nodes) are here, and their layouts are
 *   computed at build time with these values: changing them changes what the build ships.
 * - Above 10,000 (the whole Repertoire's 20,000 participants): 90 ticks at theta 1.3,
 *   and collisions on the fine grid (forceCollideGrid.fineGrid). A tick costs four
 *   times what it does at 5,000 nodes; the seed spiral already orders nodes by degree,
 *   and the picture at rest keeps its shape (measured: mean edge length and extent
 *   within 6% of 120 ticks at theta 1), in less than half the time.
 */
export interface ForceSchedule {
  ticks: number;
  theta: number;
  fineCollide: boolean;
}

export const largeGraphAbove = 10_000;

export function forceSchedule(nodeCount: number): ForceSchedule {
  if (nodeCount > largeGraphAbove) return { ticks: 90, theta: 1.3, fineCollide: true };
  const ticks = nodeCount <= 1000 ? 300 : Math.max(120, Math.round(300 - (nodeCount - 1000) * 0.04));
  return { ticks, theta: nodeCount > 2000 ? 1 : 0.9, fineCollide: false };
}
