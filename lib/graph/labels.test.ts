import { describe, expect, it } from "vitest";
import { lcg } from "./lcg";
import { placeLabels, type LabelCandidate, type PlacedLabel } from "./labels";

const height = 14;
const boxOf = (label: PlacedLabel, candidates: LabelCandidate[]) => {
  const node = candidates.find((candidate) => candidate.index === label.index)!;
  return { x0: node.x + label.dx, y0: node.y + label.dy, x1: node.x + label.dx + label.width, y1: node.y + label.dy + height };
};
const overlaps = (a: ReturnType<typeof boxOf>, b: ReturnType<typeof boxOf>) => a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0;

describe("placeLabels", () => {
  it("puts a lone label to the right of its node, vertically centred", () => {
    expect(placeLabels([{ index: 0, x: 100, y: 100, radius: 6, width: 50 }], { height })).toEqual([{ index: 0, dx: 9, dy: -7, width: 50 }]);
  });

  it("moves a label to the left when the right side is taken", () => {
    const candidates = [
      { index: 0, x: 160, y: 100, radius: 10, width: 60 },
      { index: 1, x: 100, y: 100, radius: 6, width: 50 },
    ];
    const placed = placeLabels(candidates, { height });
    expect(placed[1]).toMatchObject({ index: 1, dx: -59 });
  });

  it("never lets two labels overlap, nor a label cover a labelled node, in a crowded random graph", () => {
    const random = lcg(5);
    const candidates: LabelCandidate[] = Array.from({ length: 600 }, (_, index) => ({
      index, x: random() * 800, y: random() * 600, radius: 2 + random() * 12, width: 30 + random() * 80,
    })).sort((a, b) => b.radius - a.radius);
    const placed = placeLabels(candidates, { height, padding: 0 });
    expect(placed.length).toBeGreaterThan(20);
    const boxes = placed.map((label) => boxOf(label, candidates));
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
    const labelled = candidates.filter((node) => placed.some((label) => label.index === node.index));
    for (const box of boxes) {
      for (const node of labelled) {
        const disc = { x0: node.x - node.radius, y0: node.y - node.radius, x1: node.x + node.radius, y1: node.y + node.radius };
        expect(overlaps(box, disc)).toBe(false);
      }
    }
  });

  it("leaves out a node that lies under an earlier label, and keeps clear of obstacles", () => {
    const candidates = [
      { index: 0, x: 0, y: 0, radius: 10, width: 100 },
      { index: 1, x: 40, y: 0, radius: 3, width: 30 },
    ];
    expect(placeLabels(candidates, { height }).map((label) => label.index)).toEqual([0]);
    const blocked = placeLabels([{ index: 0, x: 0, y: 0, radius: 5, width: 40 }], { height, obstacles: [{ x: 30, y: 0, radius: 8 }] });
    expect(blocked[0]?.dx).toBeLessThan(0);
  });

  it("labels larger nodes first: the first candidate always gets its label", () => {
    const candidates = [
      { index: 7, x: 0, y: 0, radius: 15, width: 80 },
      { index: 3, x: 20, y: 0, radius: 4, width: 80 },
    ];
    expect(placeLabels(candidates, { height }).map((label) => label.index)[0]).toBe(7);
  });

  it("stops at the label budget", () => {
    const candidates = Array.from({ length: 50 }, (_, index) => ({ index, x: index * 500, y: 0, radius: 3, width: 40 }));
    expect(placeLabels(candidates, { height, maxLabels: 10 })).toHaveLength(10);
  });
});
