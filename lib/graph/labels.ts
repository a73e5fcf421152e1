import { DisplayState } from "./display";

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
  /** Higher is placed first (see labelPriority); equal priorities go larger node first. */
  priority?: number;
}

export interface PlacedLabel {
  index: number;
  /** Top-left of the label box, relative to the node centre, in pixels. */
  dx: number;
  dy: number;
  width: number;
  /** The text must be cut to `width` with an ellipsis. */
  truncated: boolean;
}

/** A rectangle in the candidates' coordinates. */
export interface LabelBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LabelOptions {
  /** Line height of the label font in pixels. */
  height: number;
  /** Room kept around each label. */
  padding?: number;
  maxLabels?: number;
  /** Discs labels keep off where they can, besides those of labelled nodes, which they never cover. */
  obstacles?: readonly { x: number; y: number; radius: number }[];
  /** Rectangles labels must not cover: the buttons drawn over the canvas. */
  blocked?: readonly LabelBox[];
  /** The visible canvas: labels stay inside it, and nodes outside it get none. */
  bounds?: LabelBox;
  /** Longer labels are cut to this width. */
  maxWidth?: number;
  /** A label is cut at a canvas edge only while this much of it remains (about a dozen characters). */
  minWidth?: number;
}

/**
 * Label priority of a node by its display state: what the selection is about is named
 * first (the selected nodes, then highlighted ones that belong to the selection alone,
 * see selectionEmphasis, then the other highlighted ones), then the rest, dimmed nodes
 * last. A hovered or focused node needs no rank: it gets its caption instead.
 */
export function labelPriority(state: number, { specific = false } = {}): number {
  if (state === DisplayState.selected) return 4;
  if (state === DisplayState.highlighted) return specific ? 3 : 2;
  return state === DisplayState.dimmed ? 0 : 1;
}

const cellSize = 64;

/** Boxes in a uniform grid, so each overlap test looks at a handful of neighbours. */
class BoxGrid {
  private readonly cells = new Map<number, LabelBox[]>();

  private *keys(box: LabelBox) {
    for (let cx = Math.floor(box.x0 / cellSize); cx <= Math.floor(box.x1 / cellSize); cx++) {
      for (let cy = Math.floor(box.y0 / cellSize); cy <= Math.floor(box.y1 / cellSize); cy++) yield cx * 1_000_003 + cy;
    }
  }

  add(box: LabelBox) {
    for (const key of this.keys(box)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(box);
      else this.cells.set(key, [box]);
    }
  }

  hits(box: LabelBox) {
    for (const key of this.keys(box)) {
      for (const other of this.cells.get(key) ?? []) {
        if (other.x0 < box.x1 && other.x1 > box.x0 && other.y0 < box.y1 && other.y1 > box.y0) return true;
      }
    }
    return false;
  }
}

const discBox = (x: number, y: number, radius: number): LabelBox => ({ x0: x - radius, y0: y - radius, x1: x + radius, y1: y + radius });
const unbounded: LabelBox = { x0: -Infinity, y0: -Infinity, x1: Infinity, y1: Infinity };

/** Candidates in placement order: priority first, then larger node, then as given. */
function placementOrder(candidates: readonly LabelCandidate[]): readonly LabelCandidate[] {
  if (candidates.every((candidate) => !candidate.priority)) return candidates;
  return [...candidates].sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0) || b.radius - a.radius);
}

/**
 * Greedy label placement: candidates are taken by priority, then size, and each takes
 * the first of right, left, above or below that stays inside the bounds and covers no
 * label placed before it, no labelled node, no obstacle and no button; failing those, a
 * label cut at the canvas edge to the right or left; failing those too, the same sides
 * over obstacles (a hub ringed by its own small nodes is still named). A label with no
 * free side is left out, as is one whose own node lies under an earlier label or a
 * button (a node that merely touches a labelled one may still be named). Unlabelled
 * nodes may sit under a label (its halo keeps it legible): in a dense core, forbidding
 * that would leave the nodes most worth naming without labels. Pure, so the view can
 * call it at each zoom level and tests can check there is no overlap.
 */
export function placeLabels(candidates: readonly LabelCandidate[], options: LabelOptions): PlacedLabel[] {
  const { height, padding = 2, maxLabels = 400, bounds = unbounded, maxWidth = Infinity, minWidth = 96 } = options;
  // What a label must keep off; the labels alone, which a node must not lie under; and
  // the obstacles, which a label avoids when one of its sides allows it.
  const grid = new BoxGrid();
  const labelGrid = new BoxGrid();
  const soft = new BoxGrid();
  for (const obstacle of options.obstacles ?? []) soft.add(discBox(obstacle.x, obstacle.y, obstacle.radius));
  for (const box of options.blocked ?? []) {
    grid.add(box);
    labelGrid.add(box);
  }

  const placed: PlacedLabel[] = [];
  const fits = (x: number, y: number, dx: number, dy: number, width: number, strict: boolean) => {
    const box = { x0: x + dx - padding, y0: y + dy - padding, x1: x + dx + width + padding, y1: y + dy + height + padding };
    const inside = x + dx >= bounds.x0 && x + dx + width <= bounds.x1 && y + dy >= bounds.y0 && y + dy + height <= bounds.y1;
    return inside && !grid.hits(box) && !(strict && soft.hits(box)) ? box : null;
  };
  for (const candidate of placementOrder(candidates)) {
    if (placed.length >= maxLabels) break;
    const { x, y, radius } = candidate;
    if (x < bounds.x0 || x > bounds.x1 || y < bounds.y0 || y > bounds.y1) continue;
    const disc = discBox(x, y, radius);
    if (labelGrid.hits(disc)) continue;
    const gap = radius + 3;
    const width = Math.min(candidate.width, maxWidth);
    const cut = width < candidate.width;
    // At a canvas edge, what is left between the node and the edge.
    const roomRight = Math.min(width, bounds.x1 - x - gap);
    const roomLeft = Math.min(width, x - gap - bounds.x0);
    const sides: [dx: number, dy: number, width: number][] = [
      [gap, -height / 2, width],
      [-gap - width, -height / 2, width],
      [-width / 2, -gap - height, width],
      [-width / 2, gap, width],
    ];
    if (roomRight >= minWidth && roomRight < width) sides.push([gap, -height / 2, roomRight]);
    if (roomLeft >= minWidth && roomLeft < width) sides.push([-gap - roomLeft, -height / 2, roomLeft]);
    let chosen: { box: LabelBox; side: (typeof sides)[number] } | null = null;
    for (const strict of [true, false]) {
      for (const side of sides) {
        const box = fits(x, y, side[0], side[1], side[2], strict);
        if (box) {
          chosen = { box, side };
          break;
        }
      }
      if (chosen) break;
    }
    if (!chosen) continue;
    const [dx, dy, sideWidth] = chosen.side;
    grid.add(chosen.box);
    grid.add(disc);
    labelGrid.add(chosen.box);
    placed.push({ index: candidate.index, dx, dy, width: sideWidth, truncated: cut || sideWidth < width });
  }
  return placed;
}
