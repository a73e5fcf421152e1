import { describe, expect, it } from "vitest";
import { buildHitIndex, findNodeAt } from "./hitTest";

const positions = Float32Array.from([0, 0, 30, 0, 31, 0, 100, 100]);
const radii = [10, 3, 3, 5];
const query = { radiusOf: (i: number) => radii[i]!, maxRadius: 10 };

describe("findNodeAt", () => {
  it("finds the node whose disc holds the point", () => {
    const index = buildHitIndex(positions, [1, 1, 1, 1]);
    expect(findNodeAt(index, 6, 6, query)).toBe(0);
    expect(findNodeAt(index, 102, 101, query)).toBe(3);
  });

  it("prefers the nearer edge where discs overlap", () => {
    const index = buildHitIndex(positions, [1, 1, 1, 1]);
    expect(findNodeAt(index, 32.5, 0, query)).toBe(2);
  });

  it("misses empty space, and reaches a little further with tolerance", () => {
    const index = buildHitIndex(positions, [1, 1, 1, 1]);
    expect(findNodeAt(index, 60, 60, query)).toBe(-1);
    expect(findNodeAt(index, 12, 0, query)).toBe(-1);
    expect(findNodeAt(index, 12, 0, { ...query, tolerance: 3 })).toBe(0);
  });

  it("ignores nodes that are not shown", () => {
    const index = buildHitIndex(positions, [0, 1, 1, 1]);
    expect(findNodeAt(index, 0, 0, query)).toBe(-1);
  });
});
