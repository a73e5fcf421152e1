/** A node that may get a label, in screen pixels relative to the zoom's origin. */
export interface LabelCandidate {
  index: number;
  /** Node centre, already multiplied by the zoom factor k. */
  x: number;
  y: number;
  /** Drawn radius in pixels. */
  radius: number;
  /** Label width in pixels. */
  width: number;
}

export interface PlacedLabel {
  index: number;
  /** Top-left of the label box, relative to the node centre, in pixels. */
  dx: number;
  dy: number;
  width: number;
}

export interface LabelOptions {
  /** Line height of the label font in pixels. */
  height: number;
  /** Room kept around each label. */
  padding?: number;
  maxLabels?: number;
  /** Discs labels must not cover besides those of labelled nodes. */
  obstacles?: readonly { x: number; y: number; radius: number }[];
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const cellSize = 64;

/** Boxes in a uniform grid, so each overlap test looks at a handful of neighbours. */
class BoxGrid {
  private readonly cells = new Map<number, Box[]>();

  private *keys(box: Box) {
    for (let cx = Math.floor(box.x0 / cellSize); cx <= Math.floor(box.x1 / cellSize); cx++) {
      for (let cy = Math.floor(box.y0 / cellSize); cy <= Math.floor(box.y1 / cellSize); cy++) yield cx * 1_000_003 + cy;
    }
  }

  add(box: Box) {
    for (const key of this.keys(box)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(box);
      else this.cells.set(key, [box]);
    }
  }

  hits(box: Box) {
    for (const key of this.keys(box)) {
      for (const other of this.cells.get(key) ?? []) {
        if (other.x0 < box.x1 && other.x1 > box.x0 && other.y0 < box.y1 && other.y1 > box.y0) return true;
      }
    }
    return false;
  }
}

const discBox = (x: number, y: number, radius: number): Box => ({ x0: x - radius, y0: y - radius, x1: x + radius, y1: y + radius });

/**
 * Greedy label placement: candidates come in priority order (largest node first) and
 * each takes the first of right, left, above or below that covers no label placed
 * before it, no labelled node and no obstacle; a label with no free side is left out,
 * as is one whose own node lies under an earlier label. Unlabelled nodes may sit under
 * a label (its halo keeps it legible): in a dense core, forbidding that would leave the
 * largest nodes, the ones most worth naming, without labels. Pure, so the view can call
 * it at each zoom level and tests can check there is no overlap.
 */
export function placeLabels(candidates: readonly LabelCandidate[], options: LabelOptions): PlacedLabel[] {
  const { height, padding = 2, maxLabels = 400 } = options;
  const grid = new BoxGrid();
  for (const obstacle of options.obstacles ?? []) grid.add(discBox(obstacle.x, obstacle.y, obstacle.radius));

  const placed: PlacedLabel[] = [];
  for (const candidate of candidates) {
    if (placed.length >= maxLabels) break;
    const { x, y, radius, width } = candidate;
    const disc = discBox(x, y, radius);
    if (grid.hits(disc)) continue;
    const gap = radius + 3;
    const sides: [number, number][] = [
      [gap, -height / 2],
      [-gap - width, -height / 2],
      [-width / 2, -gap - height],
      [-width / 2, gap],
    ];
    for (const [dx, dy] of sides) {
      const box = { x0: x + dx - padding, y0: y + dy - padding, x1: x + dx + width + padding, y1: y + dy + height + padding };
      if (grid.hits(box)) continue;
      grid.add(box);
      grid.add(disc);
      placed.push({ index: candidate.index, dx, dy, width });
      break;
    }
  }
  return placed;
}
