import { drag, select, zoom, zoomIdentity, type D3DragEvent, type D3ZoomEvent } from "d3";
import type { ViewTransform } from "./drawLayer";
import type { GraphRenderer } from "./GraphRenderer";
import type { LayoutChannel } from "./layoutChannel";
import { fitInsets } from "./overlayControls";

export interface CanvasCallbacks {
  /** `touch`: chosen by a tap, whose details a phone then brings into view. */
  onSelect(index: number, additive: boolean, touch?: boolean): void;
  onBackgroundClick(): void;
  onHover(index: number): void;
}

export interface ViewControls {
  setTransform(transform: ViewTransform, animate: boolean): void;
  scaleBy(factor: number, animate: boolean): void;
  /** Pans so the node is inside the view, when it is not already; true when it moved. */
  reveal(index: number, animate: boolean): boolean;
  /** The user is pressing on the canvas: panning, zooming or dragging a node. */
  gesturing(): boolean;
}

interface DragSubject {
  index: number;
  x: number;
  y: number;
}

const duration = 250;
/** Drawn radius in pixels below which a press pans instead of dragging the node. */
const minDragRadius = 3;

/**
 * d3-zoom for wheel, pinch and pan; d3-drag for nodes (attached first, so a press on a
 * node drags it instead of panning); hover and click by hit test. `detach` removes every
 * listener. The view transform lives in d3-zoom and is copied to the renderer.
 */
export function attachInteractions(
  canvas: HTMLCanvasElement,
  renderer: GraphRenderer,
  channel: LayoutChannel,
  callbacks: () => CanvasCallbacks,
  onUserView: () => void,
): { controls: ViewControls; detach(): void } {
  const selection = select(canvas);
  let dragging = -1;
  let pressed = false;
  let zooming = false;

  const draggableAt = (x: number, y: number) => {
    const index = renderer.nodeAt(x, y, 1);
    return index >= 0 && renderer.screenRadiusOf(index) >= minDragRadius ? index : -1;
  };

  const nodeDrag = drag<HTMLCanvasElement, unknown, DragSubject | undefined>()
    .container(() => canvas)
    .subject((event: D3DragEvent<HTMLCanvasElement, unknown, unknown>) => {
      // A press drags a node only on a node big enough to aim at; in an overview of
      // thousands of dots it pans, as the hand expects.
      const index = draggableAt(event.x, event.y);
      return index < 0 ? undefined : { index, x: event.x, y: event.y };
    })
    .on("start", () => {
      pressed = true;
    })
    .on("drag", (event: D3DragEvent<HTMLCanvasElement, unknown, DragSubject>) => {
      const { k, x, y } = renderer.transform;
      const worldX = (event.x - x) / k;
      const worldY = (event.y - y) / k;
      dragging = event.subject.index;
      canvas.style.cursor = "grabbing";
      onUserView();
      renderer.moveNode(dragging, worldX, worldY);
      channel.fix(dragging, worldX, worldY);
    })
    .on("end", () => {
      pressed = false;
      if (dragging >= 0) channel.release(dragging);
      dragging = -1;
      canvas.style.cursor = "";
    });

  const canvasZoom = zoom<HTMLCanvasElement, unknown>()
    .scaleExtent([0.02, 16])
    .on("start", (event: D3ZoomEvent<HTMLCanvasElement, unknown>) => {
      // A transition of our own starts without a source event; a wheel, pinch or pan with one.
      if (event.sourceEvent) zooming = true;
    })
    .on("end", () => {
      zooming = false;
    })
    .on("zoom", (event: D3ZoomEvent<HTMLCanvasElement, unknown>) => {
      renderer.setTransform({ k: event.transform.k, x: event.transform.x, y: event.transform.y }, Boolean(event.sourceEvent));
      if (event.sourceEvent) onUserView();
    });
  selection.call(nodeDrag).call(canvasZoom);
  const initial = renderer.transform;
  selection.call(canvasZoom.transform, zoomIdentity.translate(initial.x, initial.y).scale(initial.k));

  const onPointerMove = (event: PointerEvent) => {
    if (dragging >= 0 || event.buttons) return;
    const index = renderer.nodeAt(event.offsetX, event.offsetY);
    // "grab" where a press drags a node, "pointer" where it only selects one (a dot too small to aim at).
    canvas.style.cursor = draggableAt(event.offsetX, event.offsetY) >= 0 ? "grab" : index >= 0 ? "pointer" : "";
    if (index !== renderer.hover) callbacks().onHover(index);
  };
  const onPointerLeave = () => {
    if (renderer.hover >= 0) callbacks().onHover(-1);
  };
  const onClick = (event: MouseEvent) => {
    const index = renderer.nodeAt(event.offsetX, event.offsetY);
    if (index >= 0) callbacks().onSelect(index, event.ctrlKey || event.metaKey || event.shiftKey, (event as PointerEvent).pointerType === "touch");
    else callbacks().onBackgroundClick();
  };
  canvas.addEventListener("pointermove", onPointerMove);
  canvas.addEventListener("pointerleave", onPointerLeave);
  canvas.addEventListener("click", onClick);

  const setTransform = (transform: ViewTransform, animate: boolean) => {
    const target = zoomIdentity.translate(transform.x, transform.y).scale(transform.k);
    if (animate) selection.transition().duration(duration).call(canvasZoom.transform, target);
    else selection.interrupt().call(canvasZoom.transform, target);
  };
  const controls: ViewControls = {
    setTransform,
    scaleBy(factor, animate) {
      if (animate) selection.transition().duration(duration).call(canvasZoom.scaleBy, factor);
      else selection.interrupt().call(canvasZoom.scaleBy, factor);
    },
    reveal(index, animate) {
      const point = renderer.screenPoint(index);
      if (!point) return false;
      const { width, height } = renderer.size;
      // The smallest pan that brings the node a comfortable margin inside the view and
      // clear of the buttons over the canvas (the list toggle above, the zoom buttons at the right).
      const margin = 24;
      const shift = (value: number, low: number, high: number) => (value < low ? low - value : value > high ? high - value : 0);
      const dx = shift(point[0], fitInsets.left + margin, width - fitInsets.right - margin);
      const dy = shift(point[1], fitInsets.top + margin, height - fitInsets.bottom - margin);
      if (dx === 0 && dy === 0) return false;
      const { k, x, y } = renderer.transform;
      setTransform({ k, x: x + dx, y: y + dy }, animate);
      return true;
    },
    gesturing: () => pressed || zooming,
  };

  return {
    controls,
    detach() {
      canvas.removeEventListener("pointermove", onPointerMove);
      canvas.removeEventListener("pointerleave", onPointerLeave);
      canvas.removeEventListener("click", onClick);
      selection.interrupt();
      selection.on(".drag", null).on(".zoom", null);
    },
  };
}
