import { select, zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from "d3";
import { useEffect, useMemo, useRef, type RefObject } from "react";
import { maxZoomFor, zoomCentredOn, zoomForRange, type DayDomain } from "@/lib/timeline/zoomMath";

export interface TimelineZoomApi {
  /** Zoom by `factor` around plot x `atX` (the middle when left out). */
  zoomBy(factor: number, atX?: number): void;
  reset(): void;
  /** Pan by a fraction of the plot width; negative goes back in time. */
  panBy(fraction: number): void;
  showRange(startDay: number, endDay: number): void;
  centreOn(day: number): void;
}

interface ZoomOptions {
  targetRef: RefObject<HTMLElement | null>;
  domain: DayDomain;
  width: number;
  height: number;
  reducedMotion: boolean;
  /**
   * The range to show first (a time window or year from the URL), read when the plot
   * first has a width, so a link's state applied after mount still counts; null: all.
   */
  initialRange: () => DayRange | null;
  /** Where Reset returns: the focus year when there is one, else the whole domain. */
  homeRange: () => DayRange | null;
  onZoom(transform: ZoomTransform): void;
  onEnd(): void;
}

type DayRange = { startDay: number; endDay: number };

const toTransform = ({ k, x }: { k: number; x: number }) => zoomIdentity.translate(x, 0).scale(k);

/**
 * d3-zoom on the plot: wheel, pinch and drag change an immutable transform that lives in
 * a ref (never React state); callers redraw from it. Shift-drag is left to the brush,
 * double-click to selection. The only hook that touches the d3-managed DOM.
 */
export function useTimelineZoom({ targetRef, domain, width, height, reducedMotion, initialRange, homeRange, onZoom, onEnd }: ZoomOptions) {
  const transformRef = useRef<ZoomTransform>(zoomIdentity);
  const behaviorRef = useRef<ZoomBehavior<HTMLElement, unknown> | null>(null);
  const widthRef = useRef(0);
  const callbacks = useRef({ onZoom, onEnd });
  const rangesRef = useRef({ initialRange, homeRange });
  const motionRef = useRef(reducedMotion);
  useEffect(() => {
    callbacks.current = { onZoom, onEnd };
    rangesRef.current = { initialRange, homeRange };
    motionRef.current = reducedMotion;
  });

  useEffect(() => {
    const target = targetRef.current;
    if (!target) return;
    const behavior = zoom<HTMLElement, unknown>()
      .filter((event: MouseEvent | WheelEvent | TouchEvent) => {
        if (event.type === "mousedown" && (event as MouseEvent).shiftKey) return false;
        return (!event.ctrlKey || event.type === "wheel") && !(event as MouseEvent).button;
      })
      .on("zoom", (event: D3ZoomEvent<HTMLElement, unknown>) => {
        transformRef.current = event.transform;
        callbacks.current.onZoom(event.transform);
      })
      .on("end", () => callbacks.current.onEnd());
    const selection = select(target).call(behavior).on("dblclick.zoom", null);
    behaviorRef.current = behavior;
    return () => {
      selection.on(".zoom", null);
      behaviorRef.current = null;
    };
  }, [targetRef]);

  useEffect(() => {
    const behavior = behaviorRef.current;
    const target = targetRef.current;
    if (!behavior || !target || width <= 0) return;
    behavior
      .scaleExtent([1, maxZoomFor(domain)])
      .extent([[0, 0], [width, Math.max(height, 1)]])
      .translateExtent([[0, 0], [width, Math.max(height, 1)]]);
    const previousWidth = widthRef.current;
    widthRef.current = width;
    const current = transformRef.current;
    // Keep the same days in view when the plot changes size; start on the initial range.
    const initial = previousWidth > 0 ? null : rangesRef.current.initialRange();
    const next = previousWidth > 0
      ? zoomIdentity.translate((current.x * width) / previousWidth, 0).scale(current.k)
      : initial
        ? toTransform(zoomForRange(domain, width, initial.startDay, initial.endDay))
        : zoomIdentity;
    behavior.transform(select(target), next);
  }, [targetRef, domain, width, height]);

  const api = useMemo<TimelineZoomApi>(() => {
    const run = (apply: (behavior: ZoomBehavior<HTMLElement, unknown>, target: HTMLElement, animate: boolean) => void) => {
      const behavior = behaviorRef.current;
      const target = targetRef.current;
      if (behavior && target && widthRef.current > 0) apply(behavior, target, !motionRef.current);
    };
    const moveTo = (next: { k: number; x: number }) =>
      run((behavior, target, animate) => {
        const selection = select(target);
        if (animate) behavior.transform(selection.transition().duration(250), toTransform(next));
        else behavior.transform(selection, toTransform(next));
      });
    return {
      zoomBy: (factor, atX) =>
        run((behavior, target, animate) => {
          const selection = select(target);
          const point: [number, number] | undefined = atX === undefined ? undefined : [atX, 0];
          if (animate) behavior.scaleBy(selection.transition().duration(200), factor, point);
          else behavior.scaleBy(selection, factor, point);
        }),
      reset: () => {
        const home = rangesRef.current.homeRange();
        moveTo(home ? zoomForRange(domain, widthRef.current, home.startDay, home.endDay) : { k: 1, x: 0 });
      },
      panBy: (fraction) => run((behavior, target) => behavior.translateBy(select(target), (-fraction * widthRef.current) / transformRef.current.k, 0)),
      showRange: (startDay, endDay) => moveTo(zoomForRange(domain, widthRef.current, startDay, endDay)),
      centreOn: (day) => moveTo(zoomCentredOn(domain, widthRef.current, transformRef.current, day)),
    };
  }, [targetRef, domain]);

  return { transformRef, api };
}
