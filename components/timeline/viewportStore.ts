import type { ScaleTime } from "d3";
import type { DayView } from "@/lib/timeline/zoomMath";

export interface AxisViewport {
  view: DayView;
  xScale: ScaleTime<number, number>;
}

/**
 * The zoomed view, published once per animation frame by the canvas loop. Only the axis
 * reads it (useSyncExternalStore), so a zoom frame re-renders that one small SVG leaf
 * and nothing else in React.
 */
export function createViewportStore() {
  let current: AxisViewport | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(next: AxisViewport) {
      current = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type ViewportStore = ReturnType<typeof createViewportStore>;
