/// <reference lib="webworker" />
import { createLayout, type ForceLayout } from "./layout";
import type { LayoutProgress, LayoutRequest } from "./layoutProtocol";

// Only a wrapper: the layout itself is the pure createLayout. It runs in batches of a
// few dozen milliseconds so drag messages are read between them, and posts positions
// (transferred, not copied) after each batch, or only at rest when animation is off.

const scope = self as unknown as DedicatedWorkerGlobalScope;
let layout: ForceLayout | null = null;
let animate = true;
let batchMs = 32;
let elapsedMs = 0;
let scheduled = false;
/**
 * Ticks run before the first positions are posted: the seed spiral's long edges make
 * the first frames of a large graph the slowest to draw, and a few ticks pull them in.
 */
const warmupTicks = 10;

function post(settled: boolean) {
  if (!layout) return;
  const positions = layout.positions();
  const message: LayoutProgress = { type: "positions", positions, tickCount: layout.tickCount, settled, elapsedMs };
  scope.postMessage(message, [positions.buffer]);
}

function runBatch() {
  scheduled = false;
  if (!layout) return;
  const start = performance.now();
  let moving = true;
  while (moving && performance.now() - start < batchMs) moving = layout.tick(1);
  elapsedMs += performance.now() - start;
  if (moving) {
    if (animate) post(false);
    schedule();
  } else {
    post(true);
  }
}

function schedule() {
  if (scheduled) return;
  scheduled = true;
  setTimeout(runBatch, 0);
}

scope.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const request = event.data;
  if (request.type === "start") {
    layout = createLayout(request.input, { seed: request.seed, aspect: request.aspect, initial: request.initial, atRest: request.atRest });
    animate = request.animate;
    batchMs = request.batchMs;
    // The page already shows these positions; the worker waits for a drag.
    if (request.atRest) return;
    const start = performance.now();
    layout.tick(warmupTicks);
    elapsedMs = performance.now() - start;
    if (animate) post(false);
    schedule();
    return;
  }
  if (!layout) return;
  if (request.type === "fix") layout.fix(request.index, request.x, request.y);
  else layout.release(request.index);
  // A drag is always shown as it happens, whatever the motion preference.
  animate = true;
  schedule();
};
