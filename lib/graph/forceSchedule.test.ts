import { describe, expect, it } from "vitest";
import { forceSchedule, largeGraphAbove } from "./forceSchedule";

describe("forceSchedule", () => {
  it("keeps d3's 300 ticks and theta 0.9 for graphs of up to 1,000 nodes", () => {
    expect(forceSchedule(1)).toEqual({ ticks: 300, theta: 0.9, fineCollide: false });
    expect(forceSchedule(1000)).toEqual({ ticks: 300, theta: 0.9, fineCollide: false });
  });

  it("gives thousands of nodes fewer ticks, never below 120, and theta 1 above 2,000", () => {
    expect(forceSchedule(2000)).toEqual({ ticks: 260, theta: 0.9, fineCollide: false });
    expect(forceSchedule(2001).theta).toBe(1);
    expect(forceSchedule(5000)).toEqual({ ticks: 140, theta: 1, fineCollide: false });
    // Every year's graph (about 5,700 nodes) is laid out at build time with these values.
    expect(forceSchedule(5700)).toEqual({ ticks: 120, theta: 1, fineCollide: false });
    expect(forceSchedule(largeGraphAbove)).toEqual({ ticks: 120, theta: 1, fineCollide: false });
  });

  it("lays out graphs above 10,000 nodes in 90 ticks at theta 1.3, with collisions on the fine grid", () => {
    expect(forceSchedule(largeGraphAbove + 1)).toEqual({ ticks: 90, theta: 1.3, fineCollide: true });
    expect(forceSchedule(20_000)).toEqual({ ticks: 90, theta: 1.3, fineCollide: true });
  });

  it("never asks for fewer ticks for a smaller graph", () => {
    let previous = Infinity;
    for (let n = 1; n <= 30_000; n += 250) {
      const { ticks } = forceSchedule(n);
      expect(ticks).toBeLessThanOrEqual(previous);
      previous = ticks;
    }
  });
});
