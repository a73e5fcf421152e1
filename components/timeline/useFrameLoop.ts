import { useCallback, useEffect, useRef } from "react";

/**
 * Coalesces redraw requests (zoom events, store changes, resizes) into one draw per
 * animation frame. Register the draw function in `drawRef`; the latest one runs.
 */
export function useFrameLoop() {
  const drawRef = useRef<() => void>(() => {});
  const pending = useRef(0);
  useEffect(
    () => () => {
      cancelAnimationFrame(pending.current);
      pending.current = 0;
    },
    [],
  );
  const requestDraw = useCallback(() => {
    if (pending.current) return;
    pending.current = requestAnimationFrame(() => {
      pending.current = 0;
      drawRef.current();
    });
  }, []);
  return { requestDraw, drawRef };
}
