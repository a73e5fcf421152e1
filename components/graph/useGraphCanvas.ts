"use client";

import { useEffect, useRef, type RefObject } from "react";
import type { ValueSource } from "@/components/hooks/valueSource";
import type { GraphDisplay } from "@/lib/graph/display";
import type { Scene } from "@/lib/graph/scene";
import { AutoView } from "./autoView";
import { attachInteractions, type CanvasCallbacks } from "./canvasInteractions";
import { useViewFigureRegistry } from "@/components/hooks/viewFigures";
import { graphTextTheme, type GraphTextTheme } from "@/lib/theme/theme";
import { formatFrame, frameOfTransform, sameFrame, transformOfFrame, type ViewFrame } from "@/lib/graph/viewFrame";
import { GraphRenderer } from "./GraphRenderer";
import type { Naming } from "./LabelCache";
import type { LayoutChannel } from "./layoutChannel";

export interface GraphCanvasOptions extends CanvasCallbacks {
  scene: Scene;
  display: ValueSource<GraphDisplay>;
  hover: ValueSource<number>;
  focus: number;
  channel: LayoutChannel;
  reducedMotion: boolean;
  /** After each frame painted with positions, with the display it showed. */
  onPainted?: (display: GraphDisplay, naming: Naming) => void;
  /** The names' size and colours (presentation mode's larger ones); the page's when left out. */
  textTheme?: GraphTextTheme;
  /** Where a link or a story step asks the view to be (null: the graph frames itself); followed when it changes. */
  viewFrame?: ValueSource<ViewFrame | null>;
  /** Where the user left the view once it rests, or null once the graph frames itself again. */
  onViewFrameChange?: (frame: ViewFrame | null) => void;
}

/** Long enough for an animated zoom (250 ms) to end, so a frame is said once, where the view rests. */
const frameSettleMs = 400;

/** What the zoom buttons and the out-of-view notice can ask of the canvas. */
export interface GraphCanvasApi {
  zoomBy(factor: number): void;
  fit(): void;
  /** Frame the selection, and follow it again, wherever a link or the user had put the view. */
  showSelection(): void;
}

/**
 * Wires a canvas to its renderer, the layout, the display and hover sources and the
 * pointer; everything is undone on cleanup. React state is never touched per frame.
 */
export function useGraphCanvas(canvasRef: RefObject<HTMLCanvasElement | null>, wrapperRef: RefObject<HTMLElement | null>, options: GraphCanvasOptions): RefObject<GraphCanvasApi | null> {
  const { scene, display, hover, focus, channel, reducedMotion, textTheme = graphTextTheme, viewFrame } = options;
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
    renderer.onDraw = (painted, naming) => latest.current.onPainted?.(painted, naming);
    const withdrawFigure = figures?.register("graph", () => renderer.figure());
    const animate = () => !latest.current.reducedMotion;
    let view: AutoView | null = null;
    // The frame the store holds as the view's: said by us (echoes are ignored) or asked by a link.
    let said: ViewFrame | null = viewFrame?.get() ?? null;
    let asked: ViewFrame | null = said;
    let frameTimer: ReturnType<typeof setTimeout> | undefined;
    const shownFrame = () => (view?.heldByUser ? frameOfTransform(renderer.transform, renderer.size) : null);
    const sayFrameSoon = () => {
      clearTimeout(frameTimer);
      frameTimer = setTimeout(() => {
        // A frame asked for and not yet shown is what the view is about to be: nothing to say yet.
        if (asked) return;
        const frame = shownFrame();
        wrapper.dataset.viewFrame = frame ? formatFrame(frame) : "";
        if (sameFrame(frame, said)) return;
        said = frame;
        latest.current.onViewFrameChange?.(frame);
      }, frameSettleMs);
    };
    // A frame asked for waits for a size and positions to be shown in.
    const showAskedFrame = (animateIt: boolean) => {
      if (!asked || !view || renderer.size.width === 0 || !renderer.hasPositions) return;
      clearTimeout(frameTimer);
      controls.setTransform(transformOfFrame(asked, renderer.size), animateIt);
      view.holdAsPut();
      said = asked;
      asked = null;
      // What the canvas shows, measured (an animated move says it once it rests).
      if (!animateIt) wrapper.dataset.viewFrame = formatFrame(frameOfTransform(renderer.transform, renderer.size) ?? said);
      else sayFrameSoon();
    };
    const { controls, detach } = attachInteractions(canvas, renderer, channel, () => latest.current, () => {
      view?.userMoved();
      sayFrameSoon();
    });
    view = new AutoView(renderer, controls, { animate, gesturing: controls.gesturing, movedItself: sayFrameSoon });
    const stopLayout = channel.listen((progress) => {
      renderer.setPositions(progress.positions, progress.settled);
      view.layoutProgress(progress.settled);
      showAskedFrame(false);
    });
    const fitToWrapper = () => {
      if (!renderer.resize(wrapper.clientWidth, wrapper.clientHeight, window.devicePixelRatio || 1)) return;
      view.refit();
      // A frame the user or a link set keeps its centre and span in the new size (presentation mode's full screen).
      if (view.heldByUser && said && !asked) controls.setTransform(transformOfFrame(said, renderer.size), false);
      showAskedFrame(false);
    };
    // The observer's calls come after layout, just before the browser paints: drawing there
    // shows the canvas at its new size in this frame. Its first call gives the first size, so
    // the first picture is drawn once, at the size it is shown at, in the first frame.
    const observer = new ResizeObserver(() => {
      fitToWrapper();
      renderer.drawPending();
    });
    observer.observe(wrapper);
    const stopDisplay = display.subscribe(() => {
      const current = display.get();
      renderer.setDisplay(current);
      view.displayChanged(current.selectionKey, current.visibleNodeCount);
    });
    view.displayChanged(display.get().selectionKey, display.get().visibleNodeCount);
    // After the store's other listeners (the display, with a selection the same link may
    // carry): the frame wins over the selection's own framing.
    let live = true;
    const stopFrame = viewFrame?.subscribe(() =>
      queueMicrotask(() => {
        if (!live) return;
        const next = viewFrame.get();
        if (sameFrame(next, said)) return;
        if (next) {
          asked = next;
          showAskedFrame(animate());
        } else {
          asked = null;
          said = null;
          view?.release(animate());
        }
      }),
    );
    const stopHover = hover.subscribe(() => renderer.setHover(hover.get()));
    renderer.setHover(hover.get());
    // The zoom buttons and the keyboard's focus move the view as the user asked: it stays put after.
    rendererRef.current = {
      renderer,
      reveal(index) {
        if (!controls.reveal(index, animate())) return;
        view.userMoved();
        sayFrameSoon();
      },
    };
    apiRef.current = {
      zoomBy(factor) {
        view.userMoved();
        controls.scaleBy(factor, animate());
        sayFrameSoon();
      },
      fit: () => view.fitAll(animate()),
      showSelection: () => view.release(animate()),
    };
    return () => {
      withdrawFigure?.();
      apiRef.current = null;
      rendererRef.current = null;
      stopLayout();
      stopDisplay();
      live = false;
      stopFrame?.();
      clearTimeout(frameTimer);
      stopHover();
      observer.disconnect();
      detach();
      renderer.destroy();
    };
  }, [canvasRef, wrapperRef, scene, display, hover, channel, figures, viewFrame]);

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
