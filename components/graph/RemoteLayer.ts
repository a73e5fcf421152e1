import type { GraphDisplay } from "@/lib/graph/display";
import type { LayerScene, ViewTransform } from "./drawLayer";
import type { LayerReady, LayerRequest } from "./layerProtocol";

/**
 * The page's side of the layer worker: sends what to draw, keeps the last bitmap it
 * got back, and copies it onto the canvas moved and scaled to the current view. A
 * bitmap is larger than the view by a margin, so a pan shows no empty border at once.
 */
export class RemoteLayer {
  private readonly worker: Worker;
  private latest: LayerReady | null = null;
  /** Called when a new bitmap has arrived. */
  onLayer: ((layer: LayerReady) => void) | null = null;

  constructor(scene: LayerScene) {
    this.worker = new Worker(new URL("./layerWorker.ts", import.meta.url));
    this.worker.onmessage = (event: MessageEvent<LayerReady>) => {
      this.latest?.bitmap.close();
      this.latest = event.data;
      this.onLayer?.(event.data);
    };
    this.send({ type: "scene", scene });
  }

  private send(request: LayerRequest, transfer: Transferable[] = []) {
    this.worker.postMessage(request, transfer);
  }

  get current(): LayerReady | null {
    return this.latest;
  }

  setDisplay(display: GraphDisplay, version: number) {
    const nodeState = display.nodeState.slice();
    const edgeState = display.edgeState.slice();
    this.send({ type: "display", nodeState, edgeState, version }, [nodeState.buffer, edgeState.buffer]);
  }

  setPositions(positions: Float32Array, version: number) {
    const copy = positions.slice();
    this.send({ type: "positions", positions: copy, version }, [copy.buffer]);
  }

  setView(transform: ViewTransform, width: number, height: number, dpr: number) {
    this.send({ type: "view", transform, width, height, marginX: Math.round(width * 0.3), marginY: Math.round(height * 0.3), dpr });
  }

  /** Copies the last bitmap onto `target`, moved and scaled from where it was drawn to `view`. */
  composite(target: CanvasRenderingContext2D, view: ViewTransform) {
    const layer = this.latest;
    if (!layer) return;
    const drawn = layer.transform;
    const scale = view.k / drawn.k;
    const x = view.x - (drawn.x + layer.marginX) * scale;
    const y = view.y - (drawn.y + layer.marginY) * scale;
    target.imageSmoothingEnabled = scale !== 1;
    target.drawImage(layer.bitmap, 0, 0, layer.bitmap.width, layer.bitmap.height, x, y, layer.width * scale, layer.height * scale);
  }

  destroy() {
    this.worker.terminate();
    this.latest?.bitmap.close();
    this.latest = null;
    this.onLayer = null;
  }
}
