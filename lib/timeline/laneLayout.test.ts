import { describe, expect, it } from "vitest";
import { laneWeights, layoutLanes } from "./laneLayout";

describe("lane layout", () => {
  it("weighs lanes by the rows they need, between one and the cap", () => {
    expect(laneWeights([3, 0, 5, 40])).toEqual([3, 1, 5, 6]);
  });

  it("gives busier lanes more height, every lane at least the minimum, and fills the height", () => {
    const bands = layoutLanes([1, 5], 400, 40);
    expect(bands[0]).toEqual({ top: 0, height: 40 + 320 / 6 });
    expect(bands[1]!.top).toBeCloseTo(bands[0]!.height);
    expect(bands[0]!.height + bands[1]!.height).toBeCloseTo(400);
  });

  it("shares a height too small for the minimum equally", () => {
    expect(layoutLanes([1, 3], 60, 40).map((band) => band.height)).toEqual([30 + 0, 30 + 0]);
  });
});
