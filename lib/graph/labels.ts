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
  /**
   * A name set apart from its node, where no side beside it was free: the line drawn from
   * the node's edge to the label, relative to the node centre, in pixels. Absent beside it.
   */
  leader?: LeaderLine;
}

export interface LeaderLine {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
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

/**
 * The least priority whose name may be set apart on a leader line: the selected nodes.
 * What a selection only lights (a meeting's forty participants) goes unnamed rather than
 * draw a web of lines across the picture.
 */
const leaderPriority = labelPriority(DisplayState.selected);
/**
 * How many names may go out on lines, and how many times a name may be looked for a place
 * out on one (each look tries every reach and direction): a selection of hundreds in one
 * cluster cost 40–100 ms a placing without a bound, and more lines than this read as a web.
 */
const maxLeaders = 24;
const maxLeaderLooks = 64;
/** How far out a name on a leader line may go, in label heights beyond its node's edge. */
const leaderReach = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8];
/**
 * Where a name set apart goes, in this order: beside (right, left), the diagonals, then the
 * directions between, then straight above and below, where a name hides most.
 */
const leaderDirections: readonly [ux: number, uy: number][] = [0, 180, -45, -135, 45, 135, -22.5, -157.5, 22.5, 157.5, -67.5, -112.5, 67.5, 112.5, -90, 90].map((degrees) => {
  const radians = (degrees * Math.PI) / 180;
  const round = (value: number) => (Math.abs(value) < 1e-9 ? 0 : value);
  return [round(Math.cos(radians)), round(Math.sin(radians))];
});

/**
 * The label box's offset for a name set `reach` pixels out from the node's edge towards
 * (ux, uy): the box's nearest corner or side sits on that point, so the box never turns
 * back over its node.
 */
function leaderOffset(ux: number, uy: number, reach: number, width: number, height: number): [dx: number, dy: number] {
  const px = ux * reach;
  const py = uy * reach;
  const dx = ux > 0 ? px : ux < 0 ? px - width : px - width / 2;
  const dy = uy > 0 ? py : uy < 0 ? py - height : py - height / 2;
  return [dx, dy];
}

/** The leader from the node's edge to the nearest point of its label's box, relative to the node centre. */
export function leaderLine(radius: number, dx: number, dy: number, width: number, height: number): LeaderLine {
  const x1 = Math.max(dx, Math.min(0, dx + width));
  const y1 = Math.max(dy, Math.min(0, dy + height));
  const length = Math.hypot(x1, y1) || 1;
  return { x0: (x1 / length) * radius, y0: (y1 / length) * radius, x1, y1 };
}

/** Whether segment a–b crosses segment `line` (touching ends count). */
function segmentsCross(line: LeaderLine, ax: number, ay: number, bx: number, by: number): boolean {
  const side = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) => Math.sign((qx - px) * (ry - py) - (qy - py) * (rx - px));
  return side(ax, ay, bx, by, line.x0, line.y0) !== side(ax, ay, bx, by, line.x1, line.y1) && side(line.x0, line.y0, line.x1, line.y1, ax, ay) !== side(line.x0, line.y0, line.x1, line.y1, bx, by);
}

/** Whether `test` holds at any of the points `step` px or less apart strictly between a segment's ends. */
function someAlong(x0: number, y0: number, x1: number, y1: number, step: number, test: (x: number, y: number) => boolean): boolean {
  const steps = Math.ceil(Math.hypot(x1 - x0, y1 - y0) / step);
  for (let at = 1; at < steps; at++) if (test(x0 + ((x1 - x0) * at) / steps, y0 + ((y1 - y0) * at) / steps)) return true;
  return false;
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

  /**
   * Whether the segment crosses any box (`asDiscs`: any box's inscribed disc, for a grid of
   * nodes), tested at points a few pixels apart, each against its own cell alone (a box is
   * filed under every cell it touches).
   */
  crossedBy(x0: number, y0: number, x1: number, y1: number, asDiscs = false) {
    return someAlong(x0, y0, x1, y1, 3, (x, y) =>
      (this.cells.get(Math.floor(x / cellSize) * 1_000_003 + Math.floor(y / cellSize)) ?? []).some((box) => {
        if (!asDiscs) return x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1;
        const radius = (box.x1 - box.x0) / 2;
        return Math.hypot(x - (box.x0 + radius), y - (box.y0 + radius)) < radius + 1;
      }),
    );
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
 * over obstacles (a hub ringed by its own small nodes is still named). What a selection
 * is about (see leaderPriority) is placed first and may also go farther out, on a leader
 * line, rather than cover another of the selection's nodes (which would leave that one
 * unnamed); only what is left after every such place is tried goes over them. A label
 * with no free side is left out, as is one whose own node lies under an earlier label or
 * a button (a node that merely touches a labelled one may still be named).
 * Unlabelled nodes may sit under a label (its halo keeps it legible): in a dense core,
 * forbidding that would leave the nodes most worth naming without labels. Pure, so the
 * view can call it at each zoom level and tests can check there is no overlap.
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
  /** The leader lines drawn so far, in the candidates' coordinates: no two cross. */
  const leaders: LeaderLine[] = [];
  let leaderLooks = 0;
  // `avoid`: the nodes a label keeps off besides the labelled ones (all obstacles, the selection's nodes, or none).
  const fits = (x: number, y: number, dx: number, dy: number, width: number, avoid: BoxGrid | null) => {
    const box = { x0: x + dx - padding, y0: y + dy - padding, x1: x + dx + width + padding, y1: y + dy + height + padding };
    const inside = x + dx >= bounds.x0 && x + dx + width <= bounds.x1 && y + dy >= bounds.y0 && y + dy + height <= bounds.y1;
    return inside && !grid.hits(box) && !avoid?.hits(box) ? box : null;
  };
  const nameable = ({ x, y, radius }: LabelCandidate) => x >= bounds.x0 && x <= bounds.x1 && y >= bounds.y0 && y <= bounds.y1 && !labelGrid.hits(discBox(x, y, radius));
  const accept = (candidate: LabelCandidate, box: LabelBox, label: PlacedLabel) => {
    grid.add(box);
    grid.add(discBox(candidate.x, candidate.y, candidate.radius));
    labelGrid.add(box);
    placed.push(label);
  };

  /** Beside the node, clear of the nodes in `avoid`; false when no side is. */
  const placeBeside = (candidate: LabelCandidate, avoid: BoxGrid | null): boolean => {
    const { x, y, radius } = candidate;
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
    for (const [dx, dy, sideWidth] of sides) {
      const box = fits(x, y, dx, dy, sideWidth, avoid);
      if (!box) continue;
      accept(candidate, box, { index: candidate.index, dx, dy, width: sideWidth, truncated: cut || sideWidth < width });
      return true;
    }
    return false;
  };

  /**
   * Farther out, the nearest free place first, with a line back to the node that crosses no
   * label; the label clear of the nodes in `avoid`, the line of those in `lineAvoids`.
   */
  const placeOnLeader = (candidate: LabelCandidate, avoid: BoxGrid | null, lineAvoids: BoxGrid | null): boolean => {
    if (leaders.length >= maxLeaders || leaderLooks >= maxLeaderLooks) return false;
    leaderLooks++;
    const { x, y, radius } = candidate;
    const width = Math.min(candidate.width, maxWidth);
    for (const steps of leaderReach) {
      for (const [ux, uy] of leaderDirections) {
        const [dx, dy] = leaderOffset(ux, uy, radius + 3 + steps * height, width, height);
        const box = fits(x, y, dx, dy, width, avoid);
        if (!box) continue;
        const leader = leaderLine(radius, dx, dy, width, height);
        const [ax, ay, bx, by] = [x + leader.x0, y + leader.y0, x + leader.x1, y + leader.y1];
        if (labelGrid.crossedBy(ax, ay, bx, by) || leaders.some((other) => segmentsCross(other, ax, ay, bx, by))) continue;
        // A line across a node reads as a link to it (checked from just outside the node's own disc).
        const clearOf = (radius + 2) / Math.hypot(leader.x1, leader.y1);
        if (lineAvoids && clearOf < 1 && lineAvoids.crossedBy(x + leader.x1 * clearOf, y + leader.y1 * clearOf, x + leader.x1, y + leader.y1, true)) continue;
        accept(candidate, box, { index: candidate.index, dx, dy, width, truncated: width < candidate.width, leader });
        leaders.push({ x0: ax, y0: ay, x1: bx, y1: by });
        // Later names keep off the line too.
        someAlong(ax, ay, bx, by, 6, (dotX, dotY) => {
          grid.add(discBox(dotX, dotY, 1));
          return false;
        });
        return true;
      }
    }
    return false;
  };

  const ordered = placementOrder(candidates);
  const tierEnd = ordered.findIndex((candidate) => (candidate.priority ?? 0) < leaderPriority);
  const selectionTier = ordered.slice(0, tierEnd < 0 ? ordered.length : tierEnd);
  const selectionNodes = new BoxGrid();
  for (const { x, y, radius } of selectionTier) selectionNodes.add(discBox(x, y, radius));
  // The selection's names, in order: each takes a side clear of every node, or one that
  // covers none of the selection's, or else a place farther out on a line that crosses
  // none of them. Only then do the names left cover the selection's nodes (which leaves
  // those unnamed): first their lines do, then the names themselves, beside or out on a line.
  const firstPass = (candidate: LabelCandidate) => placeBeside(candidate, soft) || placeBeside(candidate, selectionNodes) || placeOnLeader(candidate, selectionNodes, selectionNodes);
  const lastPass = (candidate: LabelCandidate) => placeOnLeader(candidate, selectionNodes, null) || placeBeside(candidate, null) || placeOnLeader(candidate, null, null);
  let unnamed = selectionTier;
  for (const pass of [firstPass, lastPass]) unnamed = unnamed.filter((candidate) => placed.length >= maxLabels || !nameable(candidate) || !pass(candidate));
  for (const candidate of ordered.slice(selectionTier.length)) {
    if (placed.length >= maxLabels) break;
    if (nameable(candidate) && !placeBeside(candidate, soft)) placeBeside(candidate, null);
  }
  return placed;
}
