// Lanes share the height by how many rows of marks each needs when the whole domain is in
// view: Africa's 83 meetings of 2003 stack five deep where Europe's 24 need two. The
// weights change only with the data, the filters and the width, never while zooming, so
// lanes and their HTML labels stay put.

export interface LaneBand {
  top: number;
  height: number;
}

/** Rows each lane needs, capped so one busy lane cannot squeeze the others to nothing. */
export function laneWeights(rowsByLane: ArrayLike<number>, maxWeight = 6): number[] {
  return Array.from(rowsByLane, (rows) => Math.min(maxWeight, Math.max(1, rows)));
}

/** Bands top to bottom in proportion to the weights, none lower than `minHeight` while there is room. */
export function layoutLanes(weights: readonly number[], height: number, minHeight = 40): LaneBand[] {
  const count = weights.length;
  if (count === 0) return [];
  const floor = Math.min(minHeight, height / count);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const spare = height - floor * count;
  let top = 0;
  return weights.map((weight) => {
    const band = { top, height: floor + (spare * weight) / total };
    top += band.height;
    return band;
  });
}
