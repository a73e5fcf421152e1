import { describe, expect, it } from "vitest";
import { hitTestBars, hitTestMarks, nearestBoxCentre } from "./hitTest";

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

  it("picks the pressed box whose centre is nearest, whatever order the boxes come in", () => {
    // Two 10 px buttons 4 px apart, as neighbouring days are at a year's zoom.
    const boxes = [{ left: 104, top: 0, width: 10, height: 10 }, { left: 100, top: 0, width: 10, height: 10 }];
    expect(nearestBoxCentre(boxes, 105, 5)).toBe(1);
    expect(nearestBoxCentre(boxes, 108, 5)).toBe(0);
    expect(nearestBoxCentre([...boxes].reverse(), 105, 5)).toBe(0);
    expect(nearestBoxCentre([], 0, 0)).toBe(-1);
  });
});
