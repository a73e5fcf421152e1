"use client";

import { useImperativeHandle, useRef, type Ref } from "react";
import { GraphZoomControls } from "./GraphZoomControls";
import styles from "./GraphView.module.css";
import { useGraphCanvas, type GraphCanvasApi, type GraphCanvasOptions } from "./useGraphCanvas";

/**
 * The canvas, its wrapper (which sets its size) and the zoom buttons. Store changes,
 * layout batches and pointer input reach the renderer imperatively through useGraphCanvas.
 */
export function GraphCanvas({ ref, ...props }: GraphCanvasOptions & { ref?: Ref<GraphCanvasApi> }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const wrapperRef = useRef<HTMLDivElement>(null);
  const api = useGraphCanvas(canvasRef, wrapperRef, props);
  // The api object is made anew with each renderer: hand out one that always asks the current one.
  useImperativeHandle(
    ref,
    () => ({
      zoomBy: (factor) => api.current?.zoomBy(factor),
      fit: () => api.current?.fit(),
      showSelection: () => api.current?.showSelection(),
    }),
    [api],
  );
  return (
    <div ref={wrapperRef} className={styles.canvasWrapper}>
      <canvas ref={canvasRef} className={styles.canvas} aria-hidden="true" />
      <GraphZoomControls onZoomIn={() => api.current?.zoomBy(1.5)} onZoomOut={() => api.current?.zoomBy(1 / 1.5)} onFit={() => api.current?.fit()} />
    </div>
  );
}
