import { useCallback, useEffect, useRef, type MouseEvent as ReactMouseEvent, type RefObject } from "react";
import { windowFromPixels, type IsoRange } from "@/lib/timeline/zoomMath";
import type { TimelineRenderer } from "./TimelineRenderer";

/**
 * Shift-drag across the lanes picks a time window (d3-zoom leaves shift-drags alone): the
 * band is drawn by the renderer while dragging, and the window it covers goes to
 * `onWindowChange` on release. Returns the lanes area's mousedown handler.
 */
export function useTimeBrush(renderer: TimelineRenderer, focusRef: RefObject<HTMLElement | null>, onWindowChange: (window: IsoRange) => void) {
  const stopRef = useRef<(() => void) | null>(null);
  const commit = useRef(onWindowChange);
  useEffect(() => {
    commit.current = onWindowChange;
  });
  useEffect(() => () => stopRef.current?.(), []);

  return useCallback(
    (event: ReactMouseEvent) => {
      if (!event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      // The browser would have focused the timeline, without preventDefault.
      focusRef.current?.focus({ preventScroll: true });
      const rect = event.currentTarget.getBoundingClientRect();
      const xOf = (clientX: number) => Math.min(rect.width, Math.max(0, clientX - rect.left));
      const x0 = xOf(event.clientX);
      let x1 = x0;
      renderer.setDraftBand([x0, x1]);
      const move = (moveEvent: MouseEvent) => {
        x1 = xOf(moveEvent.clientX);
        renderer.setDraftBand([x0, x1]);
      };
      const stop = () => {
        window.removeEventListener("mousemove", move);
        window.removeEventListener("mouseup", up);
        stopRef.current = null;
        renderer.setDraftBand(null);
      };
      const up = () => {
        stop();
        const view = renderer.view;
        if (Math.abs(x1 - x0) < 4 || !view) return;
        commit.current(windowFromPixels(view, x0, x1));
        // The browser follows this mouseup with a click on whatever lies under the pointer;
        // a finished brush must not also select the meeting it ended on.
        const swallowClick = (click: MouseEvent) => {
          click.stopPropagation();
          click.preventDefault();
        };
        window.addEventListener("click", swallowClick, { capture: true, once: true });
        setTimeout(() => window.removeEventListener("click", swallowClick, { capture: true }), 0);
      };
      window.addEventListener("mousemove", move);
      window.addEventListener("mouseup", up);
      stopRef.current = stop;
    },
    [renderer, focusRef],
  );
}
