import { DisplayState } from "./display";

/** A zoom as d3-zoom keeps it: screen = layout × k + (x, y). */
export interface ViewTransform {
  k: number;
  x: number;
  y: number;
}

/** Room kept clear at each edge of the canvas, in pixels: the buttons drawn over it. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Viewport {
  width: number;
  height: number;
  insets: Insets;
}

interface Bounds {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The box around the discs of the nodes `include` accepts, in layout units; null if none. */
export function nodeBounds(positions: Float32Array, radii: Float32Array, include: (index: number) => boolean): Bounds | null {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < radii.length; i++) {
    if (!include(i)) continue;
    const r = radii[i]!;
    x0 = Math.min(x0, positions[i * 2]! - r);
    y0 = Math.min(y0, positions[i * 2 + 1]! - r);
    x1 = Math.max(x1, positions[i * 2]! + r);
    y1 = Math.max(y1, positions[i * 2 + 1]! + r);
  }
  return Number.isFinite(x0) ? { x0, y0, x1, y1 } : null;
}

/** The transform that centres `bounds` in the viewport inside its insets, k clamped to [minK, maxK]. */
export function fitBounds(bounds: Bounds, viewport: Viewport, { minK = 0, maxK = Infinity } = {}): ViewTransform {
  const { insets } = viewport;
  const width = Math.max(viewport.width - insets.left - insets.right, 10);
  const height = Math.max(viewport.height - insets.top - insets.bottom, 10);
  const fit = Math.min(width / Math.max(bounds.x1 - bounds.x0, 1), height / Math.max(bounds.y1 - bounds.y0, 1));
  const k = Math.max(minK, Math.min(maxK, fit));
  return { k, x: insets.left + width / 2 - ((bounds.x0 + bounds.x1) / 2) * k, y: insets.top + height / 2 - ((bounds.y0 + bounds.y1) / 2) * k };
}

export interface FocusInput {
  positions: Float32Array;
  radii: Float32Array;
  nodeState: Uint8Array;
  /** Highlighted nodes that belong to the selection alone (selectionEmphasis): fitted when there are any. */
  specific?: Uint8Array;
  current: ViewTransform;
  /** The transform that fits the whole graph: the focus zooms in at most `maxZoom` times further. */
  all: ViewTransform;
  viewport: Viewport;
  /** Room around the lit nodes, for their labels: a name such as "League of Arab States" on either side (about 150 px at 14 px). */
  padding?: { x: number; y: number };
  maxZoom?: number;
  /** Zooming in by less than this is not worth moving the view. */
  minGain?: number;
  /** Return the fit even when the selection is in view already (a resize keeps it fitted). */
  always?: boolean;
}

/**
 * Where to move the view so a selection can be seen: a transform that fits the selected
 * nodes and what belongs to them alone (else everything highlighted), or null when that
 * is already in view and not crowded (the fit would zoom in by less than `minGain`).
 * Meeting 4739's own participants sit in a small cluster while the Council members who
 * also spoke are spread over the whole graph: fitting all of them would never zoom.
 * Never further in than `maxZoom` times the whole graph's fit, so a selection of two
 * neighbours does not fill the screen, and never further out than the whole graph.
 */
export function selectionFocus(input: FocusInput): ViewTransform | null {
  const { positions, radii, nodeState, current, all, viewport, padding = { x: 130, y: 28 }, maxZoom = 3, minGain = 1.5, always = false } = input;
  const { specific } = input;
  const hasSpecific = specific?.some((flag) => flag === 1) ?? false;
  const lit = hasSpecific
    ? (index: number) => nodeState[index] === DisplayState.selected || specific![index] === 1
    : (index: number) => nodeState[index]! >= DisplayState.highlighted;
  const bounds = nodeBounds(positions, radii, lit);
  if (!bounds) return null;
  const { insets } = viewport;
  const padded = { top: insets.top + padding.y, right: insets.right + padding.x, bottom: insets.bottom + padding.y, left: insets.left + padding.x };
  const target = fitBounds(bounds, { ...viewport, insets: padded }, { minK: all.k, maxK: all.k * maxZoom });
  const onScreen = (value: number, offset: number, low: number, high: number) => value * current.k + offset >= low && value * current.k + offset <= high;
  const inView =
    onScreen(bounds.x0, current.x, 0, viewport.width - insets.right) &&
    onScreen(bounds.x1, current.x, 0, viewport.width - insets.right) &&
    onScreen(bounds.y0, current.y, insets.top, viewport.height) &&
    onScreen(bounds.y1, current.y, insets.top, viewport.height);
  const crowded = target.k >= current.k * minGain;
  return inView && !crowded && !always ? null : target;
}
