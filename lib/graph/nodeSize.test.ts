import { describe, expect, it } from "vitest";
import { meetingRadius, nodeRadius, screenRadius } from "./nodeSize";

describe("nodeRadius", () => {
  it("grows with the number of meetings, by area, between 4 and 18", () => {
    const radii = [1, 2, 10, 50, 100].map((meetingCount) => nodeRadius({ kind: "state", meetingCount }, 100));
    expect(radii[0]).toBe(4);
    expect(radii[4]).toBe(18);
    expect([...radii].sort((a, b) => a - b)).toEqual(radii);
  });

  it("draws every meeting the same small size", () => {
    expect(nodeRadius({ kind: "meeting", meetingCount: 1 }, 100)).toBe(meetingRadius);
  });
});

describe("screenRadius", () => {
  it("grows with the square root of the zoom and never below a pixel and a half", () => {
    expect(screenRadius(10, 4)).toBe(20);
    expect(screenRadius(10, 0.0001)).toBe(1.5);
  });
});
