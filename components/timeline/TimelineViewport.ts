import { scaleUtc } from "@visx/scale";
import { select, zoom, zoomIdentity, type D3ZoomEvent, type ScaleTime, type ZoomBehavior, type ZoomTransform } from "d3";
import { DAY_MS } from "@/lib/timeline/dates";
import { readableOpening } from "@/lib/timeline/viewFollow";
import { maxZoomFor, viewOf, zoomCentredOn, zoomForRange, type DayDomain, type DayRange, type DayView } from "@/lib/timeline/zoomMath";

/** What a timeline shows first: a range (null: everything), and a day a phone's shorter opening is centred on when it can. */
export interface Opening {
  range: DayRange | null;
  focusDay: number | null;
}

const toTransform = ({ k, x }: { k: number; x: number }) => zoomIdentity.translate(x, 0).scale(k);

/**
 * d3-zoom over the plot: wheel, pinch and drag replace an immutable transform {k, x, y};
 * the zoomed time scale is `transform.rescaleX(baseScale)`, and the base scale (the whole
 * domain across the plot's width) is replaced on resize, never changed. Shift-drag is
 * left to the brush and double-click to selection.
 */
export class TimelineViewport {
  transform: ZoomTransform = zoomIdentity;
  private animate = true;
  /** Where Reset goes: a focus year, or the whole domain when null. */
  home: DayRange | null = null;
  private baseScale: ScaleTime<number, number>;
  private readonly behavior: ZoomBehavior<HTMLElement, unknown>;
  private target: HTMLElement | null = null;
  private width = 0;
  private height = 0;
  /** The width the transform was last fitted to; 0 until a first view has been shown. */
  private fittedWidth = 0;
  /**
   * Where a transition under way is going, and the width it was set for. A resize stops a
   * transition where it is: one in mid-flight (a story's step, as the story bar opens) goes
   * straight to where it was going instead of resting halfway.
   */
  private heading: { k: number; x: number; width: number } | null = null;

  constructor(
    private readonly domain: DayDomain,
    /** After every change of the transform, the user's or ours. */
    onChange: () => void,
    /** When a gesture or transition ends. */
    onEnd: () => void,
  ) {
    this.baseScale = this.scaleFor(0);
    this.behavior = zoom<HTMLElement, unknown>()
      .filter((event: MouseEvent | WheelEvent | TouchEvent) => {
        if (event.type === "mousedown" && (event as MouseEvent).shiftKey) return false;
        return (!event.ctrlKey || event.type === "wheel") && !(event as MouseEvent).button;
      })
      .on("zoom", (event: D3ZoomEvent<HTMLElement, unknown>) => {
        this.transform = event.transform;
        onChange();
      })
      .on("end", onEnd);
  }

  private scaleFor(width: number): ScaleTime<number, number> {
    return scaleUtc({ domain: [new Date(this.domain.startDay * DAY_MS), new Date(this.domain.endDay * DAY_MS)], range: [0, width] });
  }

  /** Days in view and their pixel scale; null until the plot has a width. */
  get view(): DayView | null {
    return this.width > 0 ? viewOf(this.domain, this.width, this.transform) : null;
  }

  get xScale(): ScaleTime<number, number> {
    return this.transform.rescaleX(this.baseScale);
  }

  /** True once a first view has been shown: from then on, changes elsewhere may move it. */
  get ready(): boolean {
    return this.fittedWidth > 0;
  }

  attach(target: HTMLElement, opening: () => Opening) {
    this.target = target;
    select(target).call(this.behavior).on("dblclick.zoom", null);
    this.fit(opening);
  }

  detach() {
    if (this.target) select(this.target).interrupt().on(".zoom", null);
    this.target = null;
    this.fittedWidth = 0;
  }

  /**
   * The plot's size changed (`height` includes the axis, which zooms too). The same days
   * stay in view; the first time there is a width, `opening` says what to show.
   */
  resize(width: number, height: number, opening: () => Opening) {
    if (width !== this.width) this.baseScale = this.scaleFor(width);
    this.width = width;
    this.height = height;
    this.fit(opening);
  }

  private fit(opening: () => Opening) {
    const { width, target, fittedWidth: previousWidth } = this;
    if (!target || width <= 0) return;
    const extent: [[number, number], [number, number]] = [[0, 0], [width, Math.max(this.height, 1)]];
    this.behavior.scaleExtent([1, maxZoomFor(this.domain)]).extent(extent).translateExtent(extent);
    let next: ZoomTransform;
    const heading = this.heading;
    if (previousWidth > 0 && heading) next = zoomIdentity.translate((heading.x * width) / heading.width, 0).scale(heading.k);
    else if (previousWidth > 0) next = zoomIdentity.translate((this.transform.x * width) / previousWidth, 0).scale(this.transform.k);
    else {
      // A phone's narrow plot opens on the first months in readable marks, not a year of bars.
      const { range, focusDay } = opening();
      const shown = readableOpening(range ?? this.domain, width, { focusDay });
      next = shown === this.domain ? zoomIdentity : toTransform(zoomForRange(this.domain, width, shown.startDay, shown.endDay));
    }
    this.fittedWidth = width;
    this.behavior.transform(select(target), next);
  }

  /** A new home (the year picker) is shown at once; none shows everything. */
  setHome(home: DayRange | null) {
    const changed = home?.startDay !== this.home?.startDay || home?.endDay !== this.home?.endDay;
    this.home = home;
    if (changed && this.ready) this.showRange(home);
  }

  setReducedMotion(reduced: boolean) {
    this.animate = !reduced;
  }

  reset() {
    this.showRange(this.home);
  }

  /** Zoom by `factor` around plot x `atX` (the middle when left out). */
  zoomBy(factor: number, atX?: number) {
    const target = this.usable();
    if (!target) return;
    const point: [number, number] | undefined = atX === undefined ? undefined : [atX, 0];
    if (this.animate) this.behavior.scaleBy(select(target).transition().duration(200), factor, point);
    else this.behavior.scaleBy(select(target), factor, point);
  }

  /** Pan by a fraction of the plot width; negative goes back in time. */
  panBy(fraction: number) {
    const target = this.usable();
    if (target) this.behavior.translateBy(select(target), (-fraction * this.width) / this.transform.k, 0);
  }

  /** Show [startDay, endDay), or the whole domain when null. */
  showRange(range: DayRange | null) {
    this.moveTo(range ? zoomForRange(this.domain, this.width, range.startDay, range.endDay) : { k: 1, x: 0 });
  }

  centreOn(day: number) {
    this.moveTo(zoomCentredOn(this.domain, this.width, this.transform, day));
  }

  private moveTo(next: { k: number; x: number }) {
    const target = this.usable();
    if (!target) return;
    if (!this.animate) {
      this.behavior.transform(select(target), toTransform(next));
      return;
    }
    const heading = { ...next, width: this.width };
    this.heading = heading;
    const arrived = () => {
      if (this.heading === heading) this.heading = null;
    };
    // A gesture, another move or a resize interrupts it: each of them decides the view from then on.
    this.behavior.transform(select(target).transition().duration(250).on("end interrupt", arrived), toTransform(next));
  }

  private usable(): HTMLElement | null {
    return this.target && this.width > 0 ? this.target : null;
  }
}
