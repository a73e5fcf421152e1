import { scaleUtc } from "@visx/scale";
import type { ZoomTransform } from "d3";
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from "react";
import type { ElementSize } from "@/components/hooks/useElementSize";
import { timelineTheme } from "@/lib/theme/theme";
import { DAY_MS } from "@/lib/timeline/dates";
import { computeFrame, type LaneBand, type TimelineFrame } from "@/lib/timeline/frame";
import type { TimelineModel } from "@/lib/timeline/timelineModel";
import { viewOf, visibleIsoRange, type DayView } from "@/lib/timeline/zoomMath";
import { createTextMeasurer } from "./measureText";
import { paintTimeline } from "./paintTimeline";
import { axisTickCount } from "./TimelineAxis";
import type { TimelineDataSource } from "./useTimelineData";
import type { ViewportStore } from "./viewportStore";

const measureLabel = createTextMeasurer(timelineTheme.labelFont);
/** How long the view must stay still before the accessible layer is rebuilt. */
const SETTLE_MS = 150;

interface CanvasOptions {
  model: TimelineModel;
  data: TimelineDataSource;
  transformRef: RefObject<ZoomTransform>;
  size: ElementSize;
  lanes: readonly LaneBand[];
  canvasRef: RefObject<HTMLCanvasElement | null>;
  rootRef: RefObject<HTMLElement | null>;
  layerRef: RefObject<HTMLDivElement | null>;
  draftBandRef: RefObject<[number, number] | null>;
  viewport: ViewportStore;
  drawRef: RefObject<() => void>;
  requestDraw: () => void;
  onFirstPaint?: () => void;
}

function layerTransform(rendered: DayView | null, current: DayView): string {
  if (!rendered) return "";
  const scale = current.pxPerDay / rendered.pxPerDay;
  const shift = (rendered.startDay - current.startDay) * current.pxPerDay;
  return Math.abs(scale - 1) < 1e-9 && Math.abs(shift) < 0.01 ? "" : `translate(${shift}px, 0) scaleX(${scale})`;
}

/** A redraw for hover or emphasis alone leaves the accessible layer as it is. */
function sameGeometry(a: TimelineFrame | null, b: TimelineFrame): boolean {
  if (!a || a.view.startDay !== b.view.startDay || a.view.pxPerDay !== b.view.pxPerDay || a.view.width !== b.view.width) return false;
  if (a.detail.kind !== b.detail.kind || a.marksInView !== b.marksInView || a.marks.length !== b.marks.length) return false;
  return a.marks.every((mark, i) => mark.index === b.marks[i]!.index && mark.y === b.marks[i]!.y && mark.x === b.marks[i]!.x);
}

/**
 * The imperative side of the timeline: one draw per animation frame computes the frame,
 * paints the canvas, publishes the view to the axis, moves the accessible layer along,
 * and once the view has been still for a moment hands the frame to React (`settled`).
 */
export function useTimelineCanvas(options: CanvasOptions) {
  const { model, data, transformRef, size, lanes, canvasRef, rootRef, layerRef, draftBandRef, viewport, drawRef, requestDraw, onFirstPaint } = options;
  const frameRef = useRef<TimelineFrame | null>(null);
  const renderedLayerView = useRef<DayView | null>(null);
  const [settled, setSettled] = useState<TimelineFrame | null>(null);
  const settleTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const firstPaint = useRef(onFirstPaint);

  const baseScale = useMemo(
    () => scaleUtc({ domain: [new Date(model.domain.startDay * DAY_MS), new Date(model.domain.endDay * DAY_MS)], range: [0, size.width] }),
    [model, size.width],
  );

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || size.width <= 0) return;
    const dpr = window.devicePixelRatio || 1;
    canvas.width = Math.round(size.width * dpr);
    canvas.height = Math.round(size.height * dpr);
    canvas.style.width = `${size.width}px`;
    canvas.style.height = `${size.height}px`;
    requestDraw();
  }, [canvasRef, size, requestDraw]);

  useEffect(() => {
    drawRef.current = () => {
      const canvas = canvasRef.current;
      const ctx = canvas?.getContext("2d");
      if (!ctx || size.width <= 0 || size.height <= 0) return;
      const { visibility, rowsFor, density, emphasis, hoverIndex, windowDays } = data.current;
      const transform = transformRef.current;
      const view = viewOf(model.domain, size.width, transform);
      const frame = computeFrame({ model, visibility, rowsFor, density, view, lanes, measure: measureLabel });
      frameRef.current = frame;
      const xScale = transform.rescaleX(baseScale);
      const toX = (day: number) => (day - view.startDay) * view.pxPerDay;
      paintTimeline(ctx, window.devicePixelRatio || 1, frame, model, emphasis, {
        hoverIndex,
        windowBand: windowDays ? [toX(windowDays.startDay), toX(windowDays.endDay)] : null,
        draftBand: draftBandRef.current,
        gridXs: xScale.ticks(axisTickCount(size.width)).map((tick) => xScale(tick)),
      });
      const root = rootRef.current;
      if (root) {
        const range = visibleIsoRange(view);
        root.setAttribute("data-visible-start", range.start);
        root.setAttribute("data-visible-end", range.end);
        root.setAttribute("data-detail", frame.detail.kind === "marks" ? "marks" : `density-${frame.detail.unit}`);
        root.setAttribute("data-painted-selection", data.current.selectionKey);
      }
      viewport.set({ view, xScale });
      if (layerRef.current) layerRef.current.style.transform = layerTransform(renderedLayerView.current, view);
      clearTimeout(settleTimer.current);
      settleTimer.current = setTimeout(() => setSettled((previous) => (sameGeometry(previous, frame) ? previous : frame)), SETTLE_MS);
      if (firstPaint.current) {
        firstPaint.current();
        firstPaint.current = undefined;
      }
    };
  });

  useEffect(() => () => clearTimeout(settleTimer.current), []);

  // After React has placed the buttons for the settled view, the layer needs no transform
  // until the view moves again.
  useLayoutEffect(() => {
    renderedLayerView.current = settled?.view ?? null;
    const current = frameRef.current;
    if (layerRef.current && current) layerRef.current.style.transform = layerTransform(renderedLayerView.current, current.view);
  }, [settled, layerRef]);

  return { frameRef, settled };
}
