// Up and Down on a focused meeting move to the nearest meeting in the lane above or
// below (the next lane with a mark in view), as Left and Right move along time.

export interface LaneMark {
  /** Meeting index in the model. */
  index: number;
  lane: number;
  x: number;
  y: number;
}

/**
 * The position in `marks` of the mark nearest in time to the one for meeting `fromIndex`,
 * in the closest lane in direction `step` (-1 up, +1 down) that has any; -1 when there is none.
 */
export function markInNextLane(marks: readonly LaneMark[], fromIndex: number, step: 1 | -1): number {
  const from = marks.find((mark) => mark.index === fromIndex);
  if (!from) return -1;
  let best = -1;
  let bestLaneDistance = Infinity;
  let bestDx = Infinity;
  marks.forEach((mark, position) => {
    const laneDistance = (mark.lane - from.lane) * step;
    if (laneDistance <= 0) return;
    const dx = Math.abs(mark.x - from.x);
    if (laneDistance < bestLaneDistance || (laneDistance === bestLaneDistance && dx < bestDx)) {
      best = position;
      bestLaneDistance = laneDistance;
      bestDx = dx;
    }
  });
  return best;
}
