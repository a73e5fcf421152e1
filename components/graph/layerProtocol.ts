import type { LayerScene, ViewTransform } from "./drawLayer";

/** Messages to the layer worker. Every array is a copy the worker may keep. */
export type LayerRequest =
  | { type: "scene"; scene: LayerScene }
  | { type: "display"; nodeState: Uint8Array; edgeState: Uint8Array; version: number }
  | { type: "positions"; positions: Float32Array; version: number }
  /** The view to draw at: `transform` is the page's, the margin is added by the worker. */
  | { type: "view"; transform: ViewTransform; width: number; height: number; marginX: number; marginY: number; dpr: number };

/** A finished layer: the bitmap (transferred) and what it shows. */
export interface LayerReady {
  type: "layer";
  bitmap: ImageBitmap;
  transform: ViewTransform;
  positionsVersion: number;
  displayVersion: number;
  /** The margin around the view it was drawn with, in CSS pixels. */
  marginX: number;
  marginY: number;
  /** Its size in CSS pixels (view plus margins). */
  width: number;
  height: number;
  /** Milliseconds spent drawing it. */
  drawMs: number;
}
