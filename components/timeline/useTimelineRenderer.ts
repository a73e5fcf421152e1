import { useEffect, useMemo, useRef, type RefObject } from "react";
import type { TimelineModel } from "@/lib/timeline/timelineModel";
import { TimelineRenderer, type RendererEvents } from "./TimelineRenderer";

export interface TimelineElementRefs {
  root: RefObject<HTMLElement | null>;
  canvas: RefObject<HTMLCanvasElement | null>;
  zoomTarget: RefObject<HTMLElement | null>;
  markLayer: RefObject<HTMLElement | null>;
  lanesScroller: RefObject<HTMLElement | null>;
}

/**
 * One renderer per model, attached to the scene's elements while they are mounted and
 * detached (frame loop, timers and d3-zoom listeners gone) on cleanup. Constructing it
 * touches nothing outside itself, so React may build one during render.
 */
export function useTimelineRenderer(model: TimelineModel, elements: TimelineElementRefs, events: RendererEvents): TimelineRenderer {
  const renderer = useMemo(() => new TimelineRenderer(model), [model]);
  const latest = useRef(events);
  useEffect(() => {
    latest.current = events;
  });
  useEffect(() => {
    const { root, canvas, zoomTarget, markLayer, lanesScroller } = elements;
    if (!root.current || !canvas.current || !zoomTarget.current || !markLayer.current) return;
    renderer.attach(
      { root: root.current, canvas: canvas.current, zoomTarget: zoomTarget.current, markLayer: markLayer.current, lanesScroller: lanesScroller.current ?? undefined },
      { onFirstPaint: () => latest.current.onFirstPaint?.() },
    );
    return () => renderer.detach();
  }, [renderer, elements]);
  return renderer;
}
