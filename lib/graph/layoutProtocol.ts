import type { LayoutInput } from "./layoutInput";

/** Messages to the layout worker. */
export type LayoutRequest =
  | {
      type: "start";
      input: LayoutInput;
      seed: number;
      /** Post positions while running (false under prefers-reduced-motion: only the rest state). */
      animate: boolean;
      /** Work per batch before positions are posted and messages are read. */
      batchMs: number;
      /** Width over height of the view (see LayoutOptions.aspect). */
      aspect?: number;
      /** Positions to start from; with `atRest`, already final (a layout computed at build time). */
      initial?: Float32Array;
      atRest?: boolean;
    }
  | { type: "fix"; index: number; x: number; y: number }
  | { type: "release"; index: number };

/** Messages from the layout worker; `positions` is transferred, x0, y0, x1, y1, … */
export interface LayoutProgress {
  type: "positions";
  positions: Float32Array;
  tickCount: number;
  settled: boolean;
  /** Milliseconds of simulation since start (not counting waits between batches). */
  elapsedMs: number;
}
