import { quadtree, type Quadtree } from "d3";

export interface HitIndex {
  tree: Quadtree<number>;
  positions: Float32Array;
}

/** A quadtree over the nodes that are drawn (`shown[i]` truthy), in layout coordinates. */
export function buildHitIndex(positions: Float32Array, shown: ArrayLike<number>): HitIndex {
  const indices: number[] = [];
  for (let i = 0; i < shown.length; i++) if (shown[i]) indices.push(i);
  const tree = quadtree<number>()
    .x((i) => positions[i * 2]!)
    .y((i) => positions[i * 2 + 1]!)
    .addAll(indices);
  return { tree, positions };
}

export interface HitQuery {
  /** Radius of a node in layout units (it depends on the zoom). */
  radiusOf: (index: number) => number;
  /** No node is larger than this: bounds the search. */
  maxRadius: number;
  /** Extra reach around each disc, for small targets. */
  tolerance?: number;
}

/**
 * The node under a point, in layout coordinates: the one whose disc (grown by
 * `tolerance`) contains the point and whose edge is nearest; -1 when none.
 */
export function findNodeAt(index: HitIndex, x: number, y: number, { radiusOf, maxRadius, tolerance = 0 }: HitQuery): number {
  const reach = maxRadius + tolerance;
  let best = -1;
  let bestGap = Infinity;
  index.tree.visit((quad, x0, y0, x1, y1) => {
    if (!quad.length) {
      for (let leaf: typeof quad | undefined = quad; leaf; leaf = leaf.next) {
        const node = leaf.data;
        const dx = index.positions[node * 2]! - x;
        const dy = index.positions[node * 2 + 1]! - y;
        const gap = Math.hypot(dx, dy) - radiusOf(node);
        if (gap <= tolerance && gap < bestGap) {
          bestGap = gap;
          best = node;
        }
      }
    }
    return x0 > x + reach || x1 < x - reach || y0 > y + reach || y1 < y - reach;
  });
  return best;
}
