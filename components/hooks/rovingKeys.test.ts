import { describe, expect, it } from "vitest";
import { rovingTarget } from "./rovingKeys";

const grid = { axis: "vertical", homeEnd: true, pageStep: 10 } as const;

describe("rovingTarget", () => {
  it("moves one item with the arrows of its axis and ignores the others", () => {
    expect(rovingTarget("ArrowDown", 3, 20, grid)).toBe(4);
    expect(rovingTarget("ArrowUp", 3, 20, grid)).toBe(2);
    expect(rovingTarget("ArrowRight", 3, 20, grid)).toBeNull();
    expect(rovingTarget("ArrowRight", 3, 20, { axis: "both" })).toBe(4);
    expect(rovingTarget("ArrowLeft", 3, 20, { axis: "horizontal" })).toBe(2);
    expect(rovingTarget("ArrowDown", 3, 20, { axis: "horizontal" })).toBeNull();
  });

  it("stops at the ends unless it wraps", () => {
    expect(rovingTarget("ArrowDown", 19, 20, grid)).toBe(19);
    expect(rovingTarget("PageUp", 4, 20, grid)).toBe(0);
    expect(rovingTarget("PageDown", 15, 20, grid)).toBe(19);
    expect(rovingTarget("ArrowDown", 19, 20, { axis: "vertical", wrap: true })).toBe(0);
    expect(rovingTarget("ArrowUp", 0, 20, { axis: "vertical", wrap: true })).toBe(19);
  });

  it("goes to the first or last item on Home and End only where they are asked for", () => {
    expect(rovingTarget("Home", 7, 20, grid)).toBe(0);
    expect(rovingTarget("End", 7, 20, grid)).toBe(19);
    expect(rovingTarget("Home", 7, 20, { axis: "vertical" })).toBeNull();
    expect(rovingTarget("PageDown", 7, 20, { axis: "vertical" })).toBeNull();
  });

  it("starts from the first item going forward and the last going back when none is active", () => {
    expect(rovingTarget("ArrowDown", -1, 5, { axis: "vertical", wrap: true })).toBe(0);
    expect(rovingTarget("ArrowUp", -1, 5, { axis: "vertical", wrap: true })).toBe(4);
  });

  it("does not move in an empty list", () => {
    expect(rovingTarget("ArrowDown", -1, 0, grid)).toBeNull();
    expect(rovingTarget("End", -1, 0, grid)).toBeNull();
  });
});
