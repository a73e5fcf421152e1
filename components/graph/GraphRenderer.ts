import { DisplayState, selectionEmphasis, type GraphDisplay } from "@/lib/graph/display";
import { buildHitIndex, findNodeAt, type HitIndex } from "@/lib/graph/hitTest";
import { screenRadius } from "@/lib/graph/nodeSize";
import { drawGroups, groupsSize, type DrawGroups, type Scene } from "@/lib/graph/scene";
import { fitBounds, nodeBounds, selectionFocus, type ViewTransform } from "@/lib/graph/viewFit";
import { drawGraphLayer } from "./drawLayer";
import { drawOverlay, drawSelectionOver } from "./drawOverlay";
import { canvasFont, graphTextTheme, type GraphTextTheme } from "@/lib/theme/theme";
import { dimmedLabelFont, LabelCache, labelFont, labelFontSize, type DrawnLabel, type Naming } from "./LabelCache";
import { controlAreas, fitInsets } from "./overlayControls";
import { RemoteLayer } from "./RemoteLayer";
import type { ViewFigureSource } from "@/lib/export/viewFigure";
import { nodeKindOrder } from "@/lib/graph/scene";
import { edgeKinds } from "@/lib/graph/types";
/** Above this many nodes and edges, the graph is drawn in a worker and shown as a bitmap. */
const layeredAbove = 6000;
/**
 * A new selection whose lit part has no more nodes and edges than this is drawn over the
 * last layer at once; a larger one waits for the worker's layer.
 */
const litOverLayerMax = 1500;
/** A pan or zoom that pauses this long is drawn afresh. */
const settleDelayMs = 140;
/** A large graph's frames while its layout runs: no names yet. */
const unnamedNaming: Naming = { labels: [], unnamedSelected: null, selectedOutOfView: null };

interface Shown {
  positions: Float32Array;
  version: number;
}

/**
 * Owns one canvas: holds what to draw (scene, display, positions, view) and paints it at
 * most once per animation frame. Small graphs are drawn here; large ones in a worker
 * (RemoteLayer), whose bitmap is copied in, so the main thread never rasterises
 * thousands of edges. Labels, hover and focus are drawn here, over what is shown.
 */
export class GraphRenderer {
  private readonly ctx: CanvasRenderingContext2D;
  private readonly layer: RemoteLayer | null;
  private readonly edgeScene: Scene & { edgeCount: number };
  private width = 0;
  private height = 0;
  private dpr = 1;
  private frameRequest = 0;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private labelTimer: ReturnType<typeof setTimeout> | undefined;
  /** The pending slice of measuring names ahead (LabelCache.measureAhead); 0 when none. */
  private aheadRequest = 0;
  /** Whether measureAhead has measured every name it takes (so no more slices are asked for). */
  private namesMeasured = false;
  /** When the view or a dragged node last moved: labels wait for the gesture to pause before moving much. */
  private movedAt = -Infinity;
  /** What the page draws itself (all of a small graph; a large one until the layer worker answers), for display `groupsVersion`. */
  private groups: DrawGroups;
  private groupsVersion = 0;
  private latest: Shown | null = null;
  /** Positions by version, kept until the layer that drew them is shown. */
  private readonly sent = new Map<number, Float32Array>();
  private shown: Shown | null = null;
  private shownDisplay: GraphDisplay;
  private shownDisplayVersion = 0;
  private readonly displays = new Map<number, GraphDisplay>();
  private displayVersion = 0;
  /** The lit part of the latest display, for drawing it over a layer not yet repainted (null: too large). */
  private lit: { version: number; groups: DrawGroups | null } | null = null;
  private readonly labels: LabelCache;
  private hitIndex: HitIndex | null = null;
  private hitKey = { positions: -1, display: -1 };
  private text = { theme: graphTextTheme, font: labelFont, dimmedFont: dimmedLabelFont, fontSize: labelFontSize };
  transform: ViewTransform = { k: 1, x: 0, y: 0 };
  hover = -1;
  focus = -1;
  /**
   * Whether the layout has been at rest. A large graph is unnamed until then: placing
   * hundreds of names over thousands of moving nodes costs the page a long frame per
   * batch of positions, for names nobody can read while they move.
   */
  private restedOnce = false;
  /** The names placed in the last frame, for export. */
  private drawnLabels: readonly DrawnLabel[] = [];
  /** Called after every painted frame with the display and the names it showed. */
  onDraw: ((display: GraphDisplay, naming: Naming) => void) | null = null;

  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly scene: Scene,
    private display: GraphDisplay,
  ) {
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("GraphRenderer: the browser gave no 2D canvas context");
    this.ctx = ctx;
    this.edgeScene = { ...scene, edgeCount: scene.graph.edges.length };
    this.shownDisplay = display;
    this.groups = drawGroups(scene, display);
    this.labels = new LabelCache(scene, ctx);
    const layered = scene.nodeCount + scene.graph.edges.length > layeredAbove && typeof OffscreenCanvas !== "undefined";
    this.layer = layered ? new RemoteLayer({ nodeCount: scene.nodeCount, radii: scene.radii, nodeKind: scene.nodeKind, edgeEnds: scene.edgeEnds, edgeStyle: scene.edgeStyle, edgeCount: scene.graph.edges.length }) : null;
    if (this.layer) {
      this.layer.setDisplay(display, 0);
      this.displays.set(0, display);
      this.layer.onLayer = (ready) => {
        const positions = this.sent.get(ready.positionsVersion);
        if (positions) this.shown = { positions, version: ready.positionsVersion };
        for (const version of this.sent.keys()) if (version < ready.positionsVersion) this.sent.delete(version);
        const display = this.displays.get(ready.displayVersion);
        if (display) [this.shownDisplay, this.shownDisplayVersion] = [display, ready.displayVersion];
        for (const version of this.displays.keys()) if (version < ready.displayVersion) this.displays.delete(version);
        this.requestDraw();
      };
    }
  }

  setDisplay(display: GraphDisplay) {
    this.display = display;
    this.displayVersion++;
    if (this.layer) {
      this.displays.set(this.displayVersion, display);
      this.layer.setDisplay(display, this.displayVersion);
    } else {
      [this.shownDisplay, this.shownDisplayVersion] = [display, this.displayVersion];
      [this.groups, this.groupsVersion] = [drawGroups(this.scene, display), this.displayVersion];
    }
    this.requestDraw();
  }

  /** `atRest`: the layout has come to rest (large graphs are named from then on). */
  setPositions(positions: Float32Array, atRest = false) {
    if (atRest) this.restedOnce = true;
    else if (this.layer && !this.restedOnce) this.measureNamesAhead();
    const version = (this.latest?.version ?? 0) + 1;
    this.latest = { positions, version };
    if (this.layer) {
      this.sent.set(version, positions);
      this.layer.setPositions(positions, version);
    } else {
      this.shown = this.latest;
    }
    this.requestDraw();
  }

  /** While a large graph is arranged unnamed, its names are measured in idle slices, ready for when it rests. */
  private measureNamesAhead() {
    if (this.namesMeasured || this.aheadRequest) return;
    const slice = (deadline?: IdleDeadline) => {
      this.aheadRequest = 0;
      this.namesMeasured = this.labels.measureAhead(deadline ? Math.max(deadline.timeRemaining() - 1, 1) : 4);
      if (!this.restedOnce) this.measureNamesAhead();
    };
    // Safari has no requestIdleCallback: short slices between frames instead.
    this.aheadRequest = typeof requestIdleCallback === "function" ? requestIdleCallback(slice, { timeout: 500 }) : window.setTimeout(slice, 16);
  }

  private cancelMeasuringAhead() {
    if (!this.aheadRequest) return;
    if (typeof cancelIdleCallback === "function") cancelIdleCallback(this.aheadRequest);
    else clearTimeout(this.aheadRequest);
    this.aheadRequest = 0;
  }

  /** A dragged node follows the pointer: moved in a copy, so layers already drawn keep theirs. */
  moveNode(index: number, x: number, y: number) {
    if (!this.latest) return;
    const positions = this.latest.positions.slice();
    positions[index * 2] = x;
    positions[index * 2 + 1] = y;
    this.noteMoving();
    this.setPositions(positions);
  }

  /** A gesture is under way: labels keep their places (following their nodes) until it pauses. */
  private noteMoving() {
    this.movedAt = performance.now();
    clearTimeout(this.labelTimer);
    this.labelTimer = setTimeout(() => this.requestDraw(), settleDelayMs);
  }

  /** `gesture`: a pan or zoom by the user, shown from the last layer until it pauses. */
  setTransform(transform: ViewTransform, gesture: boolean) {
    this.transform = transform;
    if (gesture) this.noteMoving();
    if (this.layer) {
      clearTimeout(this.idleTimer);
      if (gesture) this.idleTimer = setTimeout(() => this.sendView(), settleDelayMs);
      else this.sendView();
    }
    this.requestDraw();
  }

  private sendView() {
    this.layer?.setView(this.transform, this.width, this.height, this.dpr);
  }

  /** The names' size and colours: the page's, or presentation mode's larger, higher-contrast ones. */
  setTextTheme(theme: GraphTextTheme) {
    if (theme === this.text.theme) return;
    this.text = { theme, font: canvasFont(theme.labelPx, 600), dimmedFont: canvasFont(theme.labelPx, 400), fontSize: theme.labelPx };
    this.labels.setFontSize(theme.labelPx);
    this.namesMeasured = false;
    this.requestDraw();
  }

  setHover(index: number) {
    if (index === this.hover) return;
    this.hover = index;
    this.requestDraw();
  }

  setFocus(index: number) {
    if (index === this.focus) return;
    this.focus = index;
    this.requestDraw();
  }

  /** False when the size is the one already drawn at: resizing a canvas blanks it, so an unchanged size is left alone. */
  resize(width: number, height: number, dpr: number): boolean {
    if (width === this.width && height === this.height && dpr === this.dpr) return false;
    Object.assign(this, { width, height, dpr });
    this.canvas.width = Math.round(width * dpr);
    this.canvas.height = Math.round(height * dpr);
    this.canvas.style.width = `${width}px`;
    this.canvas.style.height = `${height}px`;
    this.ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    this.sendView();
    this.requestDraw();
    return true;
  }

  get size() {
    return { width: this.width, height: this.height };
  }

  private radiusInLayout = (index: number) => screenRadius(this.scene.radii[index]!, this.transform.k) / this.transform.k;

  /** The shown node under a point in canvas pixels, or -1. */
  nodeAt(x: number, y: number, tolerance = 4): number {
    const shown = this.shown;
    if (!shown) return -1;
    if (!this.hitIndex || this.hitKey.positions !== shown.version || this.hitKey.display !== this.shownDisplayVersion) {
      this.hitIndex = buildHitIndex(shown.positions, this.shownDisplay.nodeState);
      this.hitKey = { positions: shown.version, display: this.shownDisplayVersion };
    }
    const { k, x: tx, y: ty } = this.transform;
    const maxRadius = this.radiusInLayout(this.scene.largestNode);
    return findNodeAt(this.hitIndex, (x - tx) / k, (y - ty) / k, { radiusOf: this.radiusInLayout, maxRadius, tolerance: tolerance / k });
  }

  /** Drawn radius of a node in pixels at the current zoom. */
  screenRadiusOf(index: number): number {
    return screenRadius(this.scene.radii[index]!, this.transform.k);
  }

  private get viewport() {
    return { width: this.width, height: this.height, insets: fitInsets };
  }

  /** A transform that fits every shown node in the canvas, clear of the buttons along its edges. */
  fitTransform(): ViewTransform | null {
    const positions = this.latest?.positions;
    if (!positions || this.width === 0) return null;
    const bounds = nodeBounds(positions, this.scene.radii, (i) => this.display.nodeState[i]! > 0);
    return bounds ? fitBounds(bounds, this.viewport, { maxK: 4 }) : null;
  }

  /** Where to move the view so the selection and what it lights can be seen; null to stay (unless `always`). */
  selectionFocus(always = false): ViewTransform | null {
    const positions = this.latest?.positions;
    const all = this.fitTransform();
    if (!positions || !all || !this.display.hasSelection) return null;
    const { specific } = selectionEmphasis(this.scene.edgeEnds, this.display);
    return selectionFocus({ positions, radii: this.scene.radii, nodeState: this.display.nodeState, specific, current: this.transform, all, viewport: this.viewport, always });
  }

  get hasSelection(): boolean {
    return this.display.hasSelection;
  }

  /** Whether the layout has given positions yet (a frame can be shown only then). */
  get hasPositions(): boolean {
    return this.latest !== null;
  }

  /** Canvas pixel position of a node as shown under the current transform. */
  screenPoint(index: number): [number, number] | null {
    const positions = this.shown?.positions;
    if (!positions) return null;
    const { k, x, y } = this.transform;
    return [positions[index * 2]! * k + x, positions[index * 2 + 1]! * k + y];
  }

  requestDraw() {
    if (this.frameRequest) return;
    this.frameRequest = requestAnimationFrame(() => {
      this.frameRequest = 0;
      this.draw();
    });
  }

  /**
   * Draws now what the next frame would have: called where the browser is about to paint
   * (a ResizeObserver's callback), so a resized canvas, which the resize blanked, is shown
   * drawn in this frame rather than empty until the next.
   */
  drawPending() {
    if (!this.frameRequest) return;
    cancelAnimationFrame(this.frameRequest);
    this.frameRequest = 0;
    this.draw();
  }

  /**
   * The selection's lit part to draw over the last layer when that layer shows another
   * selection (or none) than the latest display; null when the layer is current, the
   * selection was cleared (a fade cannot brighten) or only filters changed.
   */
  private litOverLayer(): DrawGroups | null {
    if (!this.layer || this.shownDisplayVersion === this.displayVersion) return null;
    const display = this.display;
    if (!display.hasSelection || display.selectionKey === this.shownDisplay.selectionKey) return null;
    if (this.lit?.version !== this.displayVersion) {
      const groups = drawGroups(this.scene, display, DisplayState.highlighted);
      this.lit = { version: this.displayVersion, groups: groupsSize(groups) <= litOverLayerMax ? groups : null };
    }
    return this.lit.groups;
  }

  /**
   * Until the layer worker has sent its first bitmap (it is still starting), a large
   * graph is drawn here, so the first frame does not wait for the worker.
   */
  private drawDirect(): boolean {
    if (!this.layer || this.layer.current || !this.latest) return false;
    this.shown = this.latest;
    [this.shownDisplay, this.shownDisplayVersion] = [this.display, this.displayVersion];
    if (this.groupsVersion !== this.displayVersion) [this.groups, this.groupsVersion] = [drawGroups(this.scene, this.display), this.displayVersion];
    return true;
  }

  private draw() {
    // A canvas without a size shows nothing: the resize that gives it one asks for a frame.
    if (this.width === 0 || this.height === 0) return;
    const direct = this.drawDirect();
    const shown = this.shown;
    this.ctx.clearRect(0, 0, this.width, this.height);
    if (!shown || !(direct || !this.layer || this.layer.current)) return;
    const lit = direct ? null : this.litOverLayer();
    // Over a stale layer, labels, hover and focus already follow the new selection.
    const display = lit ? this.display : this.shownDisplay;
    const displayVersion = lit ? this.displayVersion : this.shownDisplayVersion;
    const unnamed = this.layer !== null && !this.restedOnce;
    const naming = unnamed ? unnamedNaming : this.labels.get(shown.positions, shown.version, display, displayVersion, {
      transform: this.transform,
      width: this.width,
      height: this.height,
      blocked: controlAreas(this.width, this.height),
      moving: performance.now() - this.movedAt < settleDelayMs,
    });
    const labels = naming.labels;
    this.drawnLabels = labels;
    const frame = {
      ctx: this.ctx, width: this.width, height: this.height, scene: this.edgeScene, display, positions: shown.positions,
      transform: this.transform, labels, hover: this.hover, focus: this.focus, font: this.text.font, dimmedFont: this.text.dimmedFont, fontSize: this.text.fontSize,
      textColors: this.text.theme,
    };
    if (this.layer && !direct) {
      this.layer.composite(this.ctx, this.transform);
      if (lit) drawSelectionOver(frame, lit);
    } else drawGraphLayer(frame, this.groups);
    drawOverlay(frame);
    this.onDraw?.(display, naming);
  }

  /** What is shown now, for export: positions, view, display and names, and the kinds it shows. */
  figure(): ViewFigureSource | null {
    const shown = this.shown;
    if (!shown || this.width === 0) return null;
    const display = this.display;
    const nodeKinds = new Set<number>();
    for (let i = 0; i < this.scene.nodeCount; i++) if (display.nodeState[i]) nodeKinds.add(this.scene.nodeKind[i]!);
    const styles = new Set<number>();
    for (let i = 0; i < this.scene.graph.edges.length; i++) if (display.edgeState[i]) styles.add(this.scene.edgeStyle[i]!);
    const kinds = nodeKindOrder.filter((_, i) => nodeKinds.has(i));
    const links = edgeKinds.filter((_, i) => styles.has(i * 2) || styles.has(i * 2 + 1));
    return {
      kind: "graph",
      input: {
        scene: this.scene,
        display,
        positions: shown.positions,
        transform: this.transform,
        width: this.width,
        height: this.height,
        labels: this.drawnLabels.map((label) => ({ index: label.index, dx: label.dx, dy: label.dy, text: label.text, leader: label.leader })),
        fontPx: this.text.fontSize,
      },
      nodeKinds: kinds,
      edgeKinds: links,
      hasInferred: [...styles].some((style) => style % 2 === 1),
    };
  }

  destroy() {
    if (this.frameRequest) cancelAnimationFrame(this.frameRequest);
    clearTimeout(this.idleTimer);
    clearTimeout(this.labelTimer);
    this.cancelMeasuringAhead();
    this.layer?.destroy();
    this.frameRequest = 0;
    this.onDraw = null;
  }
}
