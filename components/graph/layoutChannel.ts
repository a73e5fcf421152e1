import type { LayoutProgress, LayoutRequest } from "@/lib/graph/layoutProtocol";

/**
 * The main thread's end of the layout worker: positions come in, drags go out. Stable
 * for a component's life; the worker behind it changes with the data. With a layout
 * shipped ready-made there is no worker until the first drag: `startOnDemand` says how
 * to start one, and the drag's messages wait in the new worker's queue.
 */
export class LayoutChannel {
  private worker: Worker | null = null;
  private starter: (() => void) | null = null;
  private readonly listeners = new Set<(progress: LayoutProgress) => void>();

  attach(worker: Worker) {
    this.worker = worker;
    this.starter = null;
  }

  detach(worker: Worker) {
    if (this.worker === worker) this.worker = null;
  }

  /** Until a worker is attached, the first request starts one with this. */
  startOnDemand(starter: (() => void) | null) {
    this.starter = starter;
  }

  send(request: LayoutRequest, transfer: Transferable[] = []) {
    if (!this.worker && this.starter) this.starter();
    this.worker?.postMessage(request, transfer);
  }

  fix(index: number, x: number, y: number) {
    this.send({ type: "fix", index, x, y });
  }

  release(index: number) {
    this.send({ type: "release", index });
  }

  /** Each batch of positions (x0, y0, x1, y1, …), which the listener may keep. */
  listen(listener: (progress: LayoutProgress) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  deliver(progress: LayoutProgress) {
    for (const listener of this.listeners) listener(progress);
  }
}
