/// <reference lib="webworker" />
import { drawGroups, type DrawGroups } from "@/lib/graph/scene";
import { drawGraphLayer, type LayerScene } from "./drawLayer";
import type { LayerReady, LayerRequest } from "./layerProtocol";

// Draws large graphs off the main thread: keeps the latest scene, display, positions and
// view, and after any change paints them on an OffscreenCanvas and transfers the bitmap.
// A draw starts no sooner than 2.5 draw-times after the last one began (and never within
// 120 ms), so on a two-core machine the layout worker keeps most of a core.

const scope = self as unknown as DedicatedWorkerGlobalScope;
const minIntervalMs = 120;
let lastDrawMs = 0;
let scene: LayerScene | null = null;
let groups: DrawGroups | null = null;
let display: { nodeState: Uint8Array; edgeState: Uint8Array; version: number } | null = null;
let positions: { positions: Float32Array; version: number } | null = null;
let view: Extract<LayerRequest, { type: "view" }> | null = null;
let canvas: OffscreenCanvas | null = null;
let dirty = false;
let timer: ReturnType<typeof setTimeout> | undefined;
let lastStart = -Infinity;

function draw() {
  timer = undefined;
  if (!dirty || !scene || !groups || !display || !positions || !view) return;
  dirty = false;
  lastStart = performance.now();
  const width = view.width + view.marginX * 2;
  const height = view.height + view.marginY * 2;
  const pixelWidth = Math.max(1, Math.round(width * view.dpr));
  const pixelHeight = Math.max(1, Math.round(height * view.dpr));
  if (!canvas) canvas = new OffscreenCanvas(pixelWidth, pixelHeight);
  if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) {
    canvas.width = pixelWidth;
    canvas.height = pixelHeight;
  }
  const ctx = canvas.getContext("2d");
  if (!ctx) return;
  ctx.setTransform(view.dpr, 0, 0, view.dpr, 0, 0);
  const transform = { k: view.transform.k, x: view.transform.x + view.marginX, y: view.transform.y + view.marginY };
  drawGraphLayer({ ctx, width, height, scene, positions: positions.positions, transform }, groups);
  const bitmap = canvas.transferToImageBitmap();
  const message: LayerReady = {
    type: "layer",
    bitmap,
    transform: view.transform,
    positionsVersion: positions.version,
    displayVersion: display.version,
    marginX: view.marginX,
    marginY: view.marginY,
    width,
    height,
    drawMs: performance.now() - lastStart,
  };
  lastDrawMs = message.drawMs;
  scope.postMessage(message, [bitmap]);
  schedule();
}

function schedule() {
  if (!dirty || timer !== undefined) return;
  timer = setTimeout(draw, Math.max(0, lastStart + Math.max(minIntervalMs, lastDrawMs * 2.5) - performance.now()));
}

scope.onmessage = (event: MessageEvent<LayerRequest>) => {
  const request = event.data;
  if (request.type === "scene") scene = request.scene;
  else if (request.type === "display") display = request;
  else if (request.type === "positions") positions = request;
  else view = request;
  if (scene && display && (request.type === "scene" || request.type === "display")) groups = drawGroups(scene, display);
  dirty = true;
  schedule();
};
