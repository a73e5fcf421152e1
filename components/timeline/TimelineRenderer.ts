import { createValueSource, type ValueSource } from "@/components/hooks/valueSource";
import { computeFrame, defaultFrameStyle, type FrameStyle, type LaneBand, type TimelineFrame } from "@/lib/timeline/frame";
import { createFrameDataCache } from "@/lib/timeline/frameDataCache";
import { markLayerTransform, sameMarkLayout } from "@/lib/timeline/markLayer";
import { visibilityFlags, type VisibilityFlags } from "@/lib/timeline/meetingFlags";
import { meetingShortLabel } from "@/lib/timeline/meetingText";
import { scrollTopToShow, selectionRowYs } from "@/lib/timeline/revealSelectionRow";
import { selectionCallouts, type SelectionCallout } from "@/lib/timeline/selectionCallouts";
import { plainEmphasis, type TimelineEmphasis } from "@/lib/timeline/timelineEmphasis";
import type { TimelineModel } from "@/lib/timeline/timelineModel";
import { dayToShowSelection, openingRange, rangeToShowWindow, selectionFocusDay, windowDays } from "@/lib/timeline/viewFollow";
import { visibleIsoRange, type DayView, type IsoRange } from "@/lib/timeline/zoomMath";
import { outcomeClasses } from "@/lib/model/outcomeClass";
import type { ViewFigureSource } from "@/lib/export/viewFigure";
import { formatTick } from "@/lib/timeline/dates";
import { createTextMeasurer } from "./measureText";
import { timelineTheme, type TimelineTheme } from "@/lib/theme/theme";
import { paintTimeline } from "./paintTimeline";
import { axisTickCount, type AxisViewport } from "./TimelineAxis";
import { TimelineViewport, type Opening } from "./TimelineViewport";

/** Marks, rows and labels sized for a theme: larger marks and taller label rows for larger type. */
function frameStyleFor(theme: TimelineTheme): FrameStyle {
  if (theme.markScale === 1 && theme.textPx === timelineTheme.textPx) return defaultFrameStyle;
  return {
    ...defaultFrameStyle,
    markSizes: defaultFrameStyle.markSizes.map((size) => Math.round(size * theme.markScale)),
    maxRowHeight: Math.max(defaultFrameStyle.maxRowHeight, theme.textPx + 10),
    labelRowHeight: theme.textPx + 3,
  };
}
/** How long the view must stay still before the accessible layer is rebuilt. */
const SETTLE_MS = 150;

/** The elements the renderer works on; React renders them, the renderer never re-creates them. */
export interface TimelineElements {
  /** Carries the state attributes: data-visible-start/end, data-detail, data-painted-selection, data-settled. */
  root: HTMLElement;
  canvas: HTMLCanvasElement;
  /** The plot column (lanes and axis): wheel, pinch and drag zoom and pan here. */
  zoomTarget: HTMLElement;
  /** The accessible buttons, carried along with the view until they are placed again. */
  markLayer: HTMLElement;
  /** The box the lanes scroll in when the pane is short for them, with the axis kept over its bottom. */
  lanesScroller?: HTMLElement;
}

export interface RendererEvents {
  /** Once, after the first frame with a size is painted. */
  onFirstPaint?(): void;
}

/**
 * Owns the timeline's canvas: what to draw (lanes, visibility, emphasis, hover, time
 * window, brush), the d3-zoom viewport, and a frame loop that paints at most once per
 * animation frame. Each frame stamps the root's state attributes and publishes the view
 * for the axis; once the view has been still for a moment, `settled` offers the frame to
 * React for the accessible layer. Input reaches it by method calls, never by re-render.
 */
export class TimelineRenderer {
  /** The zoomed view and time scale, new every painted frame: the axis renders from it. */
  readonly axisViewport = createValueSource<AxisViewport | null>(null);
  /** The last frame once the view is still; replaced only when marks moved. */
  readonly settled = createValueSource<TimelineFrame | null>(null);
  /** The frame last painted: hit testing and the keyboard work on what is on screen. */
  frame: TimelineFrame | null = null;
  /** The selection callouts painted with that frame, for export. */
  private callouts: readonly SelectionCallout[] = [];
  /** Wheel, pinch, drag, and the moves the keys, buttons and changes elsewhere ask for. */
  readonly zoom: TimelineViewport;
  private readonly frameData: ReturnType<typeof createFrameDataCache>;
  private elements: TimelineElements | null = null;
  private ctx: CanvasRenderingContext2D | null = null;
  private events: RendererEvents = {};
  private readonly viewListeners = new Set<() => void>();
  private size = { width: 0, height: 0, dpr: 1 };
  private axisHeight = 0;
  /** The selection whose row has been brought into sight (or needed not be) at the current size. */
  private revealedSelection = "";
  private lanes: readonly LaneBand[] = [];
  private visibility: VisibilityFlags;
  private emphasis: TimelineEmphasis;
  private hoverIndex = -1;
  private timeWindow: IsoRange | null = null;
  private draftBand: [number, number] | null = null;
  /** The view the accessible layer's buttons were placed for. */
  private layerView: DayView | null = null;
  private frameRequest = 0;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private painted = false;
  private theme: TimelineTheme = timelineTheme;
  /** Presentation: every new time window is shown whole (none: the home range), not only one out of view. */
  private followWindow = false;
  private frameStyle: FrameStyle = defaultFrameStyle;
  private measureLabel = createTextMeasurer(timelineTheme.labelFont);

  constructor(private readonly model: TimelineModel) {
    this.visibility = visibilityFlags(model, new Set());
    this.emphasis = plainEmphasis(model);
    this.frameData = createFrameDataCache(model);
    this.zoom = new TimelineViewport(model.domain, () => {
      this.requestDraw();
      for (const listener of [...this.viewListeners]) listener();
    }, () => this.requestDraw());
  }

  private readonly opening = (): Opening => ({ range: openingRange(this.timeWindow, this.zoom.home), focusDay: selectionFocusDay(this.model, this.visibility.visible, this.emphasis.selected) });

  attach(elements: TimelineElements, events: RendererEvents) {
    this.elements = elements;
    this.events = events;
    this.ctx = elements.canvas.getContext("2d");
    this.applySize();
    this.zoom.attach(elements.zoomTarget, this.opening);
    this.requestDraw();
  }

  detach() {
    cancelAnimationFrame(this.frameRequest);
    clearTimeout(this.settleTimer);
    this.frameRequest = 0;
    this.zoom.detach();
    this.elements = null;
    this.ctx = null;
    this.events = {};
  }

  /** The lanes area's size in CSS px; the zoomable column is `axisHeight` taller. */
  resize(width: number, height: number, axisHeight: number, dpr: number) {
    this.size = { width, height, dpr };
    this.axisHeight = axisHeight;
    this.revealedSelection = "";
    this.applySize();
    this.zoom.resize(width, height + axisHeight, this.opening);
    this.requestDraw();
  }

  /**
   * A new selection whose marks lie in lanes scrolled out of sight (a short window: the
   * thematic lane under the axis) brings their row into sight, once per selection, as the
   * view follows it across time; the user's own scrolling is never undone.
   */
  private revealSelectionRow(frame: TimelineFrame, emphasis: TimelineEmphasis) {
    const scroller = this.elements?.lanesScroller;
    if (!scroller || emphasis.selectionKey === this.revealedSelection) return;
    const ys = selectionRowYs(frame, (index) => emphasis.emphasis[index]!);
    // None drawn across the plot yet (the view may be on its way to them): asked again next frame.
    if (ys.length === 0) return;
    // Decided once per selection and size (the layout is read here, not on every frame);
    // a new size (the page settling its layout, a resized window) asks again.
    this.revealedSelection = emphasis.selectionKey;
    const top = scrollTopToShow(ys, { scrollTop: scroller.scrollTop, height: scroller.clientHeight - this.axisHeight, maxScrollTop: scroller.scrollHeight - scroller.clientHeight });
    if (top !== null) scroller.scrollTop = top;
  }

  private applySize() {
    const canvas = this.elements?.canvas;
    const { width, height, dpr } = this.size;
    if (!canvas || width <= 0) return;
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(height * dpr);
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
  }

  setLanes(lanes: readonly LaneBand[]) {
    this.lanes = lanes;
    this.requestDraw();
  }

  /** The page's theme, or presentation's (larger type and marks, higher contrast). */
  setTheme(theme: TimelineTheme) {
    if (theme === this.theme) return;
    this.theme = theme;
    this.frameStyle = frameStyleFor(theme);
    this.measureLabel = createTextMeasurer(theme.labelFont);
    this.requestDraw();
  }

  /** Show each new time window whole, as a presenter's step asks; off, only a window out of view is brought in. */
  setFollowWindow(follow: boolean) {
    if (follow && !this.followWindow && this.zoom.ready && this.timeWindow) this.zoom.showRange(openingRange(this.timeWindow, this.zoom.home));
    this.followWindow = follow;
  }

  setVisibility(visibility: VisibilityFlags) {
    this.visibility = visibility;
    this.requestDraw();
  }

  setEmphasis(emphasis: TimelineEmphasis) {
    const previous = this.emphasis;
    if (emphasis === previous) return;
    this.emphasis = emphasis;
    if (this.zoom.ready) {
      const day = dayToShowSelection(this.model, this.visibility.visible, this.zoom.view, previous.selected, emphasis.selected);
      if (day !== null) this.zoom.centreOn(day);
    }
    this.requestDraw();
  }

  /** Calls `listener` whenever the view moves, by a gesture or by us; returns the unsubscribe. */
  onViewChange(listener: () => void): () => void {
    this.viewListeners.add(listener);
    return () => this.viewListeners.delete(listener);
  }

  /** Follows the selection's emphasis and the hovered meeting as they change; returns the unsubscribe. */
  follow(emphasis: ValueSource<TimelineEmphasis>, hover: ValueSource<number>): () => void {
    this.setEmphasis(emphasis.get());
    this.setHover(hover.get());
    const stopEmphasis = emphasis.subscribe(() => this.setEmphasis(emphasis.get()));
    const stopHover = hover.subscribe(() => this.setHover(hover.get()));
    return () => {
      stopEmphasis();
      stopHover();
    };
  }

  setHover(index: number) {
    if (index === this.hoverIndex) return;
    this.hoverIndex = index;
    this.requestDraw();
  }

  /** The time window, drawn as a band; set elsewhere and out of view, it is brought into view. */
  setTimeWindow(window: IsoRange | null) {
    if (window === this.timeWindow) return;
    this.timeWindow = window;
    if (this.zoom.ready) {
      if (this.followWindow) this.zoom.showRange(openingRange(window, this.zoom.home));
      else {
        const range = rangeToShowWindow(this.zoom.view, window);
        if (range) this.zoom.showRange(range);
      }
    }
    this.requestDraw();
  }

  /** The band being brushed, in plot px; null when done. */
  setDraftBand(band: [number, number] | null) {
    this.draftBand = band;
    this.requestDraw();
  }

  /** React has placed the accessible buttons for this view: the layer needs no transform until the view moves. */
  markLayerPlacedFor(view: DayView | null) {
    this.layerView = view;
    this.moveMarkLayer();
    // Settled means the buttons sit where the marks are drawn: safe to click, read or focus.
    this.markSettledIfInPlace();
  }

  /** The buttons React placed (for the settled frame) match what is painted now. */
  private markButtonsInPlace(): boolean {
    const settled = this.settled.get();
    return Boolean(this.frame && this.layerView && settled && sameMarkLayout(settled, this.frame) && markLayerTransform(this.layerView, this.frame.view) === "");
  }

  private markSettledIfInPlace() {
    if (this.markButtonsInPlace()) this.elements?.root.setAttribute("data-settled", "true");
  }

  /** What was painted last, for export: the frame itself, the axis and window, the outcomes among the marks. */
  figure(): ViewFigureSource | null {
    const frame = this.frame;
    if (!frame) return null;
    const { model } = this;
    const xScale = this.zoom.xScale;
    const ticks = xScale.ticks(axisTickCount(frame.view.width)).map((tick) => ({ x: xScale(tick), text: formatTick(tick) }));
    const window = this.timeWindow && windowDays(this.timeWindow);
    const toX = (day: number) => (day - frame.view.startDay) * frame.view.pxPerDay;
    const shown = new Set([...frame.marks.map((mark) => model.outcome[mark.index]!)]);
    const outcomes = outcomeClasses.filter((_, i) => (frame.marks.length ? shown.has(i) : model.outcome.includes(i)));
    return { kind: "timeline", input: { frame, model, emphasis: this.emphasis, ticks, windowBand: window ? [toX(window.startDay), toX(window.endDay)] : null, callouts: this.callouts }, outcomes };
  }

  /** The view last painted: what the user sees. */
  get view(): DayView | null {
    return this.frame?.view ?? null;
  }

  private requestDraw() {
    if (this.frameRequest || !this.elements) return;
    this.frameRequest = requestAnimationFrame(() => {
      this.frameRequest = 0;
      this.draw();
    });
  }

  private moveMarkLayer() {
    const layer = this.elements?.markLayer;
    if (layer && this.frame) layer.style.transform = markLayerTransform(this.layerView, this.frame.view);
  }

  private draw() {
    const view = this.zoom.view;
    const { ctx, elements } = this;
    const { width, height, dpr } = this.size;
    if (!ctx || !elements || !view || height <= 0) return;
    const { model, emphasis } = this;
    const frame = computeFrame({ model, ...this.frameData(this.visibility, emphasis), view, lanes: this.lanes, measure: this.measureLabel, style: this.frameStyle });
    this.frame = frame;
    const xScale = this.zoom.xScale;
    const toX = (day: number) => (day - view.startDay) * view.pxPerDay;
    const window = this.timeWindow && windowDays(this.timeWindow);
    const callouts = (this.callouts = frame.detail.kind === "marks" ? selectionCallouts(frame, (index) => emphasis.emphasis[index]!, (index) => meetingShortLabel(model.meetings[index]!), this.measureLabel, { boxHeight: this.theme.textPx + 6 }) : []);
    paintTimeline(ctx, dpr, frame, model, emphasis, {
      hoverIndex: this.hoverIndex,
      windowBand: window ? [toX(window.startDay), toX(window.endDay)] : null,
      draftBand: this.draftBand,
      gridXs: xScale.ticks(axisTickCount(width, this.theme.textPx)).map((tick) => xScale(tick)),
      callouts,
    }, this.theme);
    const range = visibleIsoRange(view);
    elements.root.setAttribute("data-visible-start", range.start);
    elements.root.setAttribute("data-visible-end", range.end);
    elements.root.setAttribute("data-detail", frame.detail.kind === "marks" ? "marks" : `density-${frame.detail.unit}`);
    elements.root.setAttribute("data-painted-selection", emphasis.selectionKey);
    elements.root.setAttribute("data-selection-callouts", callouts.map((callout) => model.meetings[callout.index]!.id).join(","));
    this.revealSelectionRow(frame, emphasis);
    elements.root.setAttribute("data-label-px", String(this.theme.textPx));
    if (!this.markButtonsInPlace()) elements.root.setAttribute("data-settled", "false");
    this.axisViewport.set({ view, xScale });
    this.moveMarkLayer();
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => {
      if (!sameMarkLayout(this.settled.get(), frame)) this.settled.set(frame);
    }, SETTLE_MS);
    if (!this.painted) {
      this.painted = true;
      this.events.onFirstPaint?.();
    }
  }
}
