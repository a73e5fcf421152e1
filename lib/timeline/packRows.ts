import type { TimelineModel } from "./timelineModel";

export interface RowPacking {
  /** Row of each meeting inside its lane; -1 for meetings that are not drawn. */
  row: Int16Array;
  /** Rows each lane needs over the whole dataset at this gap. */
  rowsByLane: Int16Array;
}

/**
 * Stacks a lane's meetings into rows so that two meetings closer than `minGapDays`
 * never share a row: first fit, in date order. The gap is in whole days, so the rows
 * only change when zooming crosses a whole-day threshold, not on every frame, and a
 * meeting's row depends only on the meetings of the `minGapDays` before it.
 */
export function packRows(model: TimelineModel, visible: Uint8Array, minGapDays: number): RowPacking {
  const n = model.meetings.length;
  const row = new Int16Array(n).fill(-1);
  const lastDayByLane: number[][] = model.lanes.map(() => []);
  for (let i = 0; i < n; i++) {
    if (!visible[i]) continue;
    const lastDays = lastDayByLane[model.lane[i]!]!;
    const day = model.day[i]!;
    let r = 0;
    while (r < lastDays.length && day - lastDays[r]! < minGapDays) r++;
    lastDays[r] = day;
    row[i] = r;
  }
  return { row, rowsByLane: Int16Array.from(lastDayByLane, (rows) => rows.length) };
}

/**
 * The gap actually packed for a wanted gap: itself up to 6 days, then the next of
 * 8, 10, 12, 16, 20, 24, 32… Rounding up only adds space between marks, and a zoom then
 * meets a few packings instead of a new one for every whole day.
 */
export function quantizeGap(minGapDays: number): number {
  const gap = Math.max(1, Math.ceil(minGapDays));
  if (gap <= 6) return gap;
  let scale = 1;
  while (12 * scale < gap) scale *= 2;
  return [8, 10, 12].map((step) => step * scale).find((step) => step >= gap)!;
}

/** Packings for one visibility, kept per gap: zooming back and forth reuses them. */
export function createRowPackingCache(model: TimelineModel, visible: Uint8Array, limit = 16): (minGapDays: number) => RowPacking {
  const cache = new Map<number, RowPacking>();
  return (minGapDays) => {
    const gap = quantizeGap(minGapDays);
    let packing = cache.get(gap);
    if (!packing) {
      packing = packRows(model, visible, gap);
      if (cache.size >= limit) cache.delete(cache.keys().next().value!);
      cache.set(gap, packing);
    }
    return packing;
  };
}
