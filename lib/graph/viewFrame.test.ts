import { describe, expect, it } from "vitest";
import { formatFrame, frameOfTransform, parseFrame, sameFrame, transformOfFrame } from "./viewFrame";

describe("view frames", () => {
  it("shows the same part of the graph in a panel of another size", () => {
    const frame = frameOfTransform({ k: 2, x: 100, y: -50 }, { width: 800, height: 600 })!;
    expect(frame).toEqual({ x: 150, y: 175, span: 300 });
    const wide = transformOfFrame(frame, { width: 1600, height: 1200 });
    // The frame's centre lands at the bigger panel's centre, and its span on the shorter side.
    expect(wide.k * frame.x + wide.x).toBeCloseTo(800);
    expect(wide.k * frame.y + wide.y).toBeCloseTo(600);
    expect(1200 / wide.k).toBeCloseTo(300);
    expect(frameOfTransform(transformOfFrame(frame, { width: 800, height: 600 }), { width: 800, height: 600 })).toEqual(frame);
  });

  it("has no frame for a panel without size", () => {
    expect(frameOfTransform({ k: 1, x: 0, y: 0 }, { width: 0, height: 600 })).toBeNull();
  });

  it("reads back what it writes, and refuses anything else a link may hold", () => {
    const frame = { x: -12.5, y: 40, span: 380.2 };
    expect(parseFrame(formatFrame(frame))).toEqual(frame);
    for (const bad of ["", "1,2", "1,2,3,4", "a,b,c", "1,2,0", "1,2,0.5", "1,2,-30", "1e3,2,30", "1,2,Infinity", "999999,0,10", "0,0,200000", "1,2,3.14159"]) {
      expect(parseFrame(bad), bad).toBeNull();
    }
    expect(sameFrame(frame, { ...frame })).toBe(true);
    expect(sameFrame(frame, null)).toBe(false);
    expect(sameFrame(null, null)).toBe(true);
  });
});
