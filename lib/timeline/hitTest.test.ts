import { describe, expect, it } from "vitest";
import { hitTestBars, hitTestMarks } from "./hitTest";

describe("hit testing", () => {
  const marks = [
    { x: 10, y: 10, size: 10 },
    { x: 22, y: 10, size: 10 },
    { x: 10, y: 40, size: 10 },
  ];

  it("finds the mark under the pointer", () => {
    expect(hitTestMarks(marks, 12, 11)).toBe(0);
    expect(hitTestMarks(marks, 9, 41)).toBe(2);
  });

  it("prefers the nearer of two marks whose reach overlaps", () => {
    expect(hitTestMarks(marks, 17, 10)).toBe(1);
    expect(hitTestMarks(marks, 15, 10)).toBe(0);
  });

  it("misses when nothing is within reach", () => {
    expect(hitTestMarks(marks, 10, 25)).toBe(-1);
    expect(hitTestMarks([], 0, 0)).toBe(-1);
  });

  it("finds the density bar whose lane column holds the pointer", () => {
    const bars = [{ x: 0, width: 10, top: 0, bottom: 50 }, { x: 10, width: 10, top: 0, bottom: 50 }];
    expect(hitTestBars(bars, 12, 49)).toBe(1);
    expect(hitTestBars(bars, 12, 50)).toBe(-1);
  });
});
