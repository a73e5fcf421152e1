import { DisplayState, selectionEmphasis, type GraphDisplay, type SelectionEmphasis } from "@/lib/graph/display";
import { labelPriority, placeLabels, type LabelBox, type LabelCandidate, type PlacedLabel } from "@/lib/graph/labels";
import { screenRadius } from "@/lib/graph/nodeSize";
import { selectedOutOfView } from "@/lib/graph/outOfView";
import type { Scene } from "@/lib/graph/scene";
import type { GraphNodeKind } from "@/lib/graph/types";
import type { ViewTransform } from "@/lib/graph/viewFit";
import { canvasFont, graphTextTheme } from "@/lib/theme/theme";
import { selectionRingRadius } from "./drawLayer";

/** The page's size for names (lib/theme); presentation mode sets its own through setFontSize. */
export const labelFontSize = graphTextTheme.labelPx;
export const labelFont = canvasFont(labelFontSize, 600);
/** Names of nodes a selection dims: lighter, so they give context without competing. */
export const dimmedLabelFont = canvasFont(labelFontSize, 400);
/** Labels are placed again when the zoom has changed by more than this factor. */
const zoomStep = 1.08;
const maxCandidates = 1500;
const maxLabels = 300;
/** Names measured ahead: the candidates of a placing over the whole graph, and some to spare. */
const aheadLimit = 2 * maxCandidates;
/** Longer names are cut with an ellipsis: the full name is in the list and the caption. */
const maxLabelWidth = 240;
/** A selection's meetings are named at any zoom while there are no more than this many. */
const namedMeetings = 8;
/** Among labels of equal rank, organizations first; people last, whose titles are long and who stand for one of the others. */
const kindRank: Record<GraphNodeKind, number> = { organization: 0, group: 1, state: 2, territory: 2, meeting: 3, person: 4 };

export interface DrawnLabel extends PlacedLabel {
  text: string;
}

/**
 * What a frame names: its labels, the selected nodes in view left without one, and the
 * selected nodes out of view (both null while names wait for the layout to rest).
 */
export interface Naming {
  labels: readonly DrawnLabel[];
  unnamedSelected: readonly number[] | null;
  selectedOutOfView: readonly number[] | null;
}

/** The view labels are placed for: the zoom, and the canvas with the buttons over it. */
export interface LabelView {
  transform: ViewTransform;
  width: number;
  height: number;
  /** Rectangles in canvas pixels that labels keep off. */
  blocked: readonly LabelBox[];
  /** A pan, zoom or drag is under way: labels stay as placed, but for zoom steps, until it pauses. */
  moving: boolean;
}

/**
 * Label placement for the current positions, display and view, recomputed only when one
 * of them changes (during a gesture, only a zoom by more than 8%; the rest once it
 * pauses): between, labels keep their offsets and follow their nodes. Only nodes in view
 * are candidates. Text widths are measured once per node, cut texts once per node and
 * width.
 */
export class LabelCache {
  private naming: Naming = { labels: [], unnamedSelected: [], selectedOutOfView: [] };
  private key = { positions: -1, display: -1, k: 0, x: 0, y: 0, width: 0, height: 0 };
  private readonly widths: Float32Array;
  private readonly cut = new Map<string, string>();
  private emphasis: { display: GraphDisplay; value: SelectionEmphasis } | null = null;
  /** How far along the label order measureAhead has come. */
  private measuredAhead = 0;
  private fontSize = labelFontSize;
  private font = labelFont;

  constructor(
    private readonly scene: Scene,
    private readonly ctx: CanvasRenderingContext2D,
  ) {
    this.widths = new Float32Array(scene.nodeCount).fill(-1);
  }

  /** Names at another size (presentation mode): widths are measured again and labels placed again. */
  setFontSize(px: number) {
    if (px === this.fontSize) return;
    this.fontSize = px;
    this.font = canvasFont(px, 600);
    this.widths.fill(-1);
    this.measuredAhead = 0;
    this.cut.clear();
    this.key = { ...this.key, display: -1 };
  }

  private text(index: number) {
    const node = this.scene.graph.nodes[index]!;
    return node.shortLabel ?? node.label;
  }

  private width(index: number) {
    let width = this.widths[index]!;
    if (width < 0) {
      width = this.ctx.measureText(this.text(index)).width;
      this.widths[index] = width;
    }
    return width;
  }

  /**
   * Measures the names labels are first placed for (entities, in label order, up to what one
   * placing can take) until `budgetMs` is spent; true once all are. A large graph is
   * unnamed while its layout runs: measuring then, in idle time, keeps the frame that names
   * it at rest short (20,000 nodes: 1,500 measureText calls took 13–40 ms of a 44–56 ms frame).
   */
  measureAhead(budgetMs: number): boolean {
    const { labelOrder, graph } = this.scene;
    const end = Math.min(labelOrder.length, aheadLimit);
    const stopAt = performance.now() + budgetMs;
    this.ctx.font = this.font;
    while (this.measuredAhead < end) {
      const index = labelOrder[this.measuredAhead]!;
      // Meetings come last in the order and are named only when zoomed in: measured then.
      if (graph.nodes[index]!.kind === "meeting") break;
      this.width(index);
      this.measuredAhead++;
      if (this.measuredAhead % 64 === 0 && performance.now() > stopAt) return false;
    }
    this.measuredAhead = end;
    return true;
  }

  /** The label's text, cut with an ellipsis to the placed width where it must be. */
  private shown(label: PlacedLabel): string {
    const text = this.text(label.index);
    if (!label.truncated) return text;
    const key = `${label.index}|${Math.floor(label.width)}`;
    let cut = this.cut.get(key);
    if (cut === undefined) {
      let [low, high] = [0, text.length];
      while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if (this.ctx.measureText(`${text.slice(0, middle).trimEnd()}…`).width <= label.width) low = middle;
        else high = middle - 1;
      }
      cut = `${text.slice(0, low).trimEnd()}…`;
      this.cut.set(key, cut);
    }
    return cut;
  }

  private stale(positionsVersion: number, displayVersion: number, view: LabelView) {
    const { key } = this;
    const { k, x, y } = view.transform;
    if (key.display !== displayVersion || key.width !== view.width || key.height !== view.height) return true;
    if (k > key.k * zoomStep || k < key.k / zoomStep) return true;
    // A pan or a dragged node keeps the labels (they follow their nodes) until it pauses:
    // placing them again on every step costs each frame a few milliseconds in a large graph.
    if (view.moving) return false;
    return key.positions !== positionsVersion || Math.hypot(x - key.x, y - key.y) > 0.5 || k !== key.k;
  }

  private emphasisOf(display: GraphDisplay): SelectionEmphasis | null {
    if (!display.hasSelection) return null;
    if (this.emphasis?.display !== display) this.emphasis = { display, value: selectionEmphasis(this.scene.edgeEnds, display) };
    return this.emphasis.value;
  }

  private candidates(positions: Float32Array, display: GraphDisplay, view: LabelView): LabelCandidate[] {
    const { scene } = this;
    const { k, x: tx, y: ty } = view.transform;
    const emphasis = this.emphasisOf(display);
    let litMeetings = 0;
    if (emphasis) for (let i = 0; i < scene.nodeCount; i++) if (scene.graph.nodes[i]!.kind === "meeting" && display.nodeState[i]! >= DisplayState.highlighted) litMeetings++;
    const candidates: LabelCandidate[] = [];
    // What the selection lights comes first, so a small highlighted node is never crowded out of the budget.
    for (const litPass of emphasis ? [true, false] : [false]) {
      for (const index of scene.labelOrder) {
        if (candidates.length >= maxCandidates) break;
        const state = display.nodeState[index]!;
        if (state === DisplayState.hidden || (emphasis && litPass !== state >= DisplayState.highlighted)) continue;
        const kind = scene.graph.nodes[index]!.kind;
        // Meetings are named when zoomed in far enough to read them, or when they are what
        // a selection is about; never when a selection dims them.
        const meetingNamed = state === DisplayState.selected || (state === DisplayState.highlighted && litMeetings <= namedMeetings) || (k >= 2 && state !== DisplayState.dimmed);
        if (kind === "meeting" && !meetingNamed) continue;
        const x = positions[index * 2]! * k;
        const y = positions[index * 2 + 1]! * k;
        if (x + tx < 0 || x + tx > view.width || y + ty < 0 || y + ty > view.height) continue;
        const drawn = screenRadius(scene.radii[index]!, k);
        // A selected node's label clears the ring drawn around it.
        const radius = state === DisplayState.selected ? selectionRingRadius(drawn) : drawn;
        const priority = labelPriority(state, { specific: emphasis?.specific[index] === 1 });
        candidates.push({ index, x, y, radius, width: this.width(index), priority });
      }
    }
    // Among equals, the node more of the selection hangs on first (the EU before the states aligned with it), then by kind.
    if (emphasis) {
      const kindOf = (index: number) => kindRank[scene.graph.nodes[index]!.kind];
      candidates.sort((a, b) => emphasis.litDegree[b.index]! - emphasis.litDegree[a.index]! || kindOf(a.index) - kindOf(b.index));
    }
    return candidates;
  }

  get(positions: Float32Array, positionsVersion: number, display: GraphDisplay, displayVersion: number, view: LabelView): Naming {
    if (!this.stale(positionsVersion, displayVersion, view)) return this.naming;
    this.ctx.font = this.font;
    const { k, x: tx, y: ty } = view.transform;
    const edge = 4;
    const candidates = this.candidates(positions, display, view);
    const placed = placeLabels(candidates, {
      height: this.fontSize + 2,
      // A label keeps off the nodes that may be named after it where it can: France is
      // not left nameless under the label of the meeting it presided.
      obstacles: candidates,
      maxLabels,
      maxWidth: (maxLabelWidth * this.fontSize) / labelFontSize,
      bounds: { x0: edge - tx, y0: edge - ty, x1: view.width - edge - tx, y1: view.height - edge - ty },
      blocked: view.blocked.map((box) => ({ x0: box.x0 - tx, y0: box.y0 - ty, x1: box.x1 - tx, y1: box.y1 - ty })),
    });
    const named = new Set(placed.map((label) => label.index));
    const selected = labelPriority(DisplayState.selected);
    this.naming = {
      labels: placed.map((label) => ({ ...label, text: this.shown(label) })),
      unnamedSelected: candidates.filter((candidate) => candidate.priority === selected && !named.has(candidate.index)).map((candidate) => candidate.index),
      selectedOutOfView: display.hasSelection ? selectedOutOfView(positions, display.nodeState, view.transform, view) : [],
    };
    this.key = { positions: positionsVersion, display: displayVersion, k, x: tx, y: ty, width: view.width, height: view.height };
    return this.naming;
  }
}
