// Summaries for the benchmark: the machines are shared and noisy, so we report medians
// and 95th percentiles over repetitions, never single runs.

export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (position - lower);
}

export const median = (values: readonly number[]) => quantile(values, 0.5);
export const p95 = (values: readonly number[]) => quantile(values, 0.95);

export interface FrameSummary {
  median: number;
  p95: number;
  over50: number;
  frames: number;
}

/** Intervals between successive requestAnimationFrame timestamps. */
export function frameIntervals(timestamps: readonly number[]): number[] {
  const intervals: number[] = [];
  for (let i = 1; i < timestamps.length; i++) intervals.push(timestamps[i]! - timestamps[i - 1]!);
  return intervals;
}

export function summariseFrames(intervals: readonly number[]): FrameSummary {
  return { median: median(intervals), p95: p95(intervals), over50: intervals.filter((ms) => ms > 50).length, frames: intervals.length };
}

/** Medians across repetitions of each field of a frame summary. */
export function medianSummary(runs: readonly FrameSummary[]): FrameSummary {
  return {
    median: median(runs.map((run) => run.median)),
    p95: median(runs.map((run) => run.p95)),
    over50: median(runs.map((run) => run.over50)),
    frames: median(runs.map((run) => run.frames)),
  };
}
