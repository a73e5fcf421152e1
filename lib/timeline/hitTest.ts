// Hit testing: marks and bars work on what the last frame drew, in the plot's pixel
// coordinates; nearestBoxCentre on the mark buttons' boxes, in client pixels.

export interface MarkBox {
  x: number;
  y: number;
  size: number;
}

export interface BarBox {
  x: number;
  width: number;
  top: number;
  bottom: number;
}

/** Index of the mark nearest (x, y) whose box, grown by `tolerance`, contains the point; -1 if none. */
export function hitTestMarks(marks: readonly MarkBox[], x: number, y: number, tolerance = 3): number {
  let best = -1;
  let bestDistance = Infinity;
  for (let i = 0; i < marks.length; i++) {
    const mark = marks[i]!;
    const reach = mark.size / 2 + tolerance;
    const dx = Math.abs(mark.x - x);
    const dy = Math.abs(mark.y - y);
    if (dx > reach || dy > reach) continue;
    const distance = dx * dx + dy * dy;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = i;
    }
  }
  return best;
}

/** Index of the density bar under (x, y); the whole height of its lane counts, so low bars stay easy to point at. */
export function hitTestBars(bars: readonly BarBox[], x: number, y: number): number {
  for (let i = 0; i < bars.length; i++) {
    const bar = bars[i]!;
    if (x >= bar.x && x < bar.x + bar.width && y >= bar.top && y < bar.bottom) return i;
  }
  return -1;
}

export interface ClientBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Index of the box whose centre is nearest (x, y); -1 for none. Ties keep the earlier box. */
export function nearestBoxCentre(boxes: readonly ClientBox[], x: number, y: number): number {
  let best = -1;
  let bestDistance = Infinity;
  for (let i = 0; i < boxes.length; i++) {
    const box = boxes[i]!;
    const dx = box.left + box.width / 2 - x;
    const dy = box.top + box.height / 2 - y;
    const distance = dx * dx + dy * dy;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = i;
    }
  }
  return best;
}
