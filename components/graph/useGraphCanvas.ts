"use client";

import { useEffect, useRef, type RefObject } from "react";
import type { GraphDisplay } from "@/lib/graph/display";
import type { Scene } from "@/lib/graph/scene";
import { attachInteractions, type CanvasCallbacks } from "./canvasInteractions";
import { GraphRenderer } from "./GraphRenderer";
import type { LayoutChannel } from "./layoutChannel";
import type { ValueSource } from "./valueSource";

export interface GraphCanvasOptions extends CanvasCallbacks {
  scene: Scene;
  display: ValueSource<GraphDisplay>;
  hover: ValueSource<number>;
  focus: number;
  channel: LayoutChannel;
  reducedMotion: boolean;
  /** After each frame painted with positions, with the display it showed. */
  onPainted?: (display: GraphDisplay) => void;
}

/** What the zoom buttons can ask of the canvas. */
export interface GraphCanvasApi {
  zoomBy(factor: number): void;
  fit(): void;
}

/**
 * Wires a canvas to its renderer, the layout, the display and hover sources and the
 * pointer; everything is undone on cleanup. React state is never touched per frame.
 */
export function useGraphCanvas(canvasRef: RefObject<HTMLCanvasElement | null>, wrapperRef: RefObject<HTMLElement | null>, options: GraphCanvasOptions): RefObject<GraphCanvasApi | null> {
  const { scene, display, hover, focus, channel, reducedMotion } = options;
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const apiRef = useRef<GraphCanvasApi | null>(null);
  const rendererRef = useRef<{ renderer: GraphRenderer; reveal(index: number): void } | null>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    const wrapper = wrapperRef.current;
    if (!canvas || !wrapper) return;
    const renderer = new GraphRenderer(canvas, scene, display.get());
    renderer.onDraw = (painted) => latest.current.onPainted?.(painted);
    let userView = false;
    const { controls, detach } = attachInteractions(canvas, renderer, channel, () => latest.current, () => {
      userView = true;
    });
    const fitIfUntouched = () => {
      const fit = userView ? null : renderer.fitTransform();
      if (fit) controls.setTransform(fit, false);
    };
    const stopLayout = channel.listen((progress) => {
      renderer.setPositions(progress.positions);
      fitIfUntouched();
    });
    const observer = new ResizeObserver(() => {
      renderer.resize(wrapper.clientWidth, wrapper.clientHeight, window.devicePixelRatio || 1);
      fitIfUntouched();
    });
    observer.observe(wrapper);
    const stopDisplay = display.subscribe(() => renderer.setDisplay(display.get()));
    const stopHover = hover.subscribe(() => renderer.setHover(hover.get()));
    renderer.setHover(hover.get());
    rendererRef.current = { renderer, reveal: (index) => controls.reveal(index, !latest.current.reducedMotion) };
    apiRef.current = {
      zoomBy: (factor) => controls.scaleBy(factor, !latest.current.reducedMotion),
      fit() {
        const fit = renderer.fitTransform();
        if (fit) controls.setTransform(fit, !latest.current.reducedMotion);
        userView = false;
      },
    };
    return () => {
      apiRef.current = null;
      rendererRef.current = null;
      stopLayout();
      stopDisplay();
      stopHover();
      observer.disconnect();
      detach();
      renderer.destroy();
    };
  }, [canvasRef, wrapperRef, scene, display, hover, channel]);

  useEffect(() => {
    const current = rendererRef.current;
    if (!current) return;
    current.renderer.setFocus(focus);
    if (focus >= 0) current.reveal(focus);
  }, [focus, scene, reducedMotion]);

  return apiRef;
}
