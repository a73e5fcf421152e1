import { describe, expect, it } from "vitest";
import { frameIntervals, median, p95, summariseFrames } from "./stats";

describe("benchmark statistics", () => {
  it("takes the median of an even count as the mean of the middle two", () => expect(median([4, 1, 3, 2])).toBe(2.5));
  it("interpolates the 95th percentile", () => expect(p95([...Array(21).keys()])).toBe(19));
  it("counts frames over 50 ms from rAF timestamps", () => {
    const summary = summariseFrames(frameIntervals([0, 16, 33, 100, 116]));
    expect(summary).toMatchObject({ over50: 1, frames: 4, median: 16.5 });
  });
});
