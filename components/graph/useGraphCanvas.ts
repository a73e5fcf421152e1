"use client";

import { useEffect, useRef, type RefObject } from "react";
import type { ValueSource } from "@/components/hooks/valueSource";
import type { GraphDisplay } from "@/lib/graph/display";
import type { Scene } from "@/lib/graph/scene";
import { AutoView } from "./autoView";
import { attachInteractions, type CanvasCallbacks } from "./canvasInteractions";
import { useViewFigureRegistry } from "@/components/hooks/viewFigures";
import { graphTextTheme, type GraphTextTheme } from "@/lib/theme/theme";
import { GraphRenderer } from "./GraphRenderer";
import type { LayoutChannel } from "./layoutChannel";

export interface GraphCanvasOptions extends CanvasCallbacks {
  scene: Scene;
  display: ValueSource<GraphDisplay>;
  hover: ValueSource<number>;
  focus: number;
  channel: LayoutChannel;
  reducedMotion: boolean;
  /** After each frame painted with positions, with the display it showed. */
  onPainted?: (display: GraphDisplay) => void;
  /** The names' size and colours (presentation mode's larger ones); the page's when left out. */
  textTheme?: GraphTextTheme;
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
  const { scene, display, hover, focus, channel, reducedMotion, textTheme = graphTextTheme } = options;
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const apiRef = useRef<GraphCanvasApi | null>(null);
  const figures = useViewFigureRegistry();
  const rendererRef = useRef<{ renderer: GraphRenderer; reveal(index: number): void } | null>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    const wrapper = wrapperRef.current;
    if (!canvas || !wrapper) return;
    const renderer = new GraphRenderer(canvas, scene, display.get());
    renderer.setTextTheme(latest.current.textTheme ?? graphTextTheme);
    renderer.onDraw = (painted) => latest.current.onPainted?.(painted);
    const withdrawFigure = figures?.register("graph", () => renderer.figure());
    const animate = () => !latest.current.reducedMotion;
    let view: AutoView | null = null;
    const { controls, detach } = attachInteractions(canvas, renderer, channel, () => latest.current, () => view?.userMoved());
    view = new AutoView(renderer, controls, { animate, gesturing: controls.gesturing });
    const stopLayout = channel.listen((progress) => {
      renderer.setPositions(progress.positions, progress.settled);
      view.layoutProgress(progress.settled);
    });
    const observer = new ResizeObserver(() => {
      renderer.resize(wrapper.clientWidth, wrapper.clientHeight, window.devicePixelRatio || 1);
      view.refit();
    });
    observer.observe(wrapper);
    const stopDisplay = display.subscribe(() => {
      const current = display.get();
      renderer.setDisplay(current);
      view.displayChanged(current.selectionKey, current.visibleNodeCount);
    });
    view.displayChanged(display.get().selectionKey, display.get().visibleNodeCount);
    const stopHover = hover.subscribe(() => renderer.setHover(hover.get()));
    renderer.setHover(hover.get());
    // The zoom buttons and the keyboard's focus move the view as the user asked: it stays put after.
    rendererRef.current = {
      renderer,
      reveal(index) {
        if (controls.reveal(index, animate())) view.userMoved();
      },
    };
    apiRef.current = {
      zoomBy(factor) {
        view.userMoved();
        controls.scaleBy(factor, animate());
      },
      fit: () => view.fitAll(animate()),
    };
    return () => {
      withdrawFigure?.();
      apiRef.current = null;
      rendererRef.current = null;
      stopLayout();
      stopDisplay();
      stopHover();
      observer.disconnect();
      detach();
      renderer.destroy();
    };
  }, [canvasRef, wrapperRef, scene, display, hover, channel, figures]);

  useEffect(() => {
    rendererRef.current?.renderer.setTextTheme(textTheme);
  }, [textTheme, scene]);

  useEffect(() => {
    const current = rendererRef.current;
    if (!current) return;
    current.renderer.setFocus(focus);
    if (focus >= 0) current.reveal(focus);
  }, [focus, scene, reducedMotion]);

  return apiRef;
}
