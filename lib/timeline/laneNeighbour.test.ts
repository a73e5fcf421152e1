import { describe, expect, it } from "vitest";
import { markInNextLane, type LaneMark } from "./laneNeighbour";

// Three lanes; lane 1 has no mark in view.
const marks: LaneMark[] = [
  { index: 0, lane: 0, x: 10, y: 5 },
  { index: 1, lane: 0, x: 200, y: 5 },
  { index: 2, lane: 2, x: 30, y: 90 },
  { index: 3, lane: 2, x: 180, y: 90 },
  { index: 4, lane: 3, x: 500, y: 120 },
];

describe("markInNextLane", () => {
  it("moves down to the nearest mark in time, skipping a lane with none in view", () => {
    expect(markInNextLane(marks, 1, 1)).toBe(3);
    expect(markInNextLane(marks, 0, 1)).toBe(2);
  });

  it("moves up to the next lane above, however far away in time", () => {
    expect(markInNextLane(marks, 4, -1)).toBe(3);
    expect(markInNextLane(marks, 2, -1)).toBe(0);
  });

  it("stays put at the top and bottom lanes and for a meeting not in view", () => {
    expect(markInNextLane(marks, 0, -1)).toBe(-1);
    expect(markInNextLane(marks, 4, 1)).toBe(-1);
    expect(markInNextLane(marks, 99, 1)).toBe(-1);
  });
});
