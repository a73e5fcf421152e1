import { describe, expect, it } from "vitest";
import { lcg } from "./lcg";
import { DisplayState } from "./display";
import { labelPriority, placeLabels, type LabelCandidate, type PlacedLabel } from "./labels";

const height = 14;
const boxOf = (label: PlacedLabel, candidates: LabelCandidate[]) => {
  const node = candidates.find((candidate) => candidate.index === label.index)!;
  return { x0: node.x + label.dx, y0: node.y + label.dy, x1: node.x + label.dx + label.width, y1: node.y + label.dy + height };
};
const overlaps = (a: ReturnType<typeof boxOf>, b: ReturnType<typeof boxOf>) => a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0;

describe("placeLabels", () => {
  it("puts a lone label to the right of its node, vertically centred", () => {
    expect(placeLabels([{ index: 0, x: 100, y: 100, radius: 6, width: 50 }], { height })).toEqual([{ index: 0, dx: 9, dy: -7, width: 50, truncated: false }]);
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

  it("names a node that touches a labelled one, on its free side", () => {
    const candidates = [
      { index: 0, x: 100, y: 100, radius: 14, width: 50 },
      { index: 1, x: 80, y: 88, radius: 10, width: 60 },
    ];
    expect(placeLabels(candidates, { height }).map((label) => label.index)).toEqual([0, 1]);
  });

  it("keeps off obstacles where a side allows, and crosses them where none does", () => {
    const ring = [0, 1, 2, 3, 4, 5, 6, 7].map((step) => ({ x: 100 + 14 * Math.cos((step * Math.PI) / 4), y: 100 + 14 * Math.sin((step * Math.PI) / 4), radius: 3 }));
    const [hub] = placeLabels([{ index: 0, x: 100, y: 100, radius: 5, width: 60 }], { height, obstacles: ring });
    expect(hub).toMatchObject({ index: 0, dx: 8 });
  });

  it("stops at the label budget", () => {
    const candidates = Array.from({ length: 50 }, (_, index) => ({ index, x: index * 500, y: 0, radius: 3, width: 40 }));
    expect(placeLabels(candidates, { height, maxLabels: 10 })).toHaveLength(10);
  });

  it("labels the organizations a meeting is about before larger states that were also there", () => {
    const alsoThere = labelPriority(DisplayState.highlighted);
    const about = labelPriority(DisplayState.highlighted, { specific: true });
    const candidates: LabelCandidate[] = [
      { index: 0, x: 100, y: 100, radius: 16, width: 60, priority: alsoThere },
      { index: 10, x: 130, y: 100, radius: 4, width: 90, priority: about },
    ];
    const placed = placeLabels(candidates, { height });
    expect(placed.map((label) => label.index)).toEqual([10, 0]);
    // The larger state's label gives way to the left.
    expect(placed[1]!.dx).toBeLessThan(0);
  });

  it("labels the highlighted organizations before larger dimmed states", () => {
    // Meeting 4739: a tight cluster of small organizations beside large Council members.
    const dimmed = labelPriority(DisplayState.dimmed);
    const highlighted = labelPriority(DisplayState.highlighted);
    const candidates: LabelCandidate[] = [
      { index: 0, x: 100, y: 100, radius: 16, width: 60, priority: dimmed },
      { index: 1, x: 100, y: 140, radius: 16, width: 60, priority: dimmed },
      { index: 10, x: 130, y: 100, radius: 4, width: 90, priority: highlighted },
      { index: 11, x: 130, y: 120, radius: 4, width: 90, priority: highlighted },
      { index: 12, x: 130, y: 140, radius: 4, width: 90, priority: highlighted },
    ];
    const labelled = placeLabels(candidates, { height }).map((label) => label.index);
    expect(labelled.slice(0, 3)).toEqual([10, 11, 12]);
  });

  it("ranks selected over highlighted (the selection's own first) over plain over dimmed nodes", () => {
    const ranks = [
      labelPriority(DisplayState.selected),
      labelPriority(DisplayState.highlighted, { specific: true }),
      labelPriority(DisplayState.highlighted),
      labelPriority(DisplayState.normal),
      labelPriority(DisplayState.dimmed),
    ];
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
    expect(new Set(ranks).size).toBe(ranks.length);
  });

  it("keeps to the canvas: a label that would cross the right edge goes to the left", () => {
    const bounds = { x0: 0, y0: 0, x1: 200, y1: 200 };
    expect(placeLabels([{ index: 0, x: 180, y: 100, radius: 5, width: 80 }], { height, bounds })[0]).toMatchObject({ dx: -88, truncated: false });
  });

  it("cuts a label at the edge when neither side has room for all of it, and gives up below the minimum", () => {
    const bounds = { x0: 0, y0: 0, x1: 220, y1: 200 };
    const [label] = placeLabels([{ index: 0, x: 110, y: 100, radius: 5, width: 300 }], { height, bounds });
    expect(label).toMatchObject({ dx: 8, width: 102, truncated: true });
    expect(placeLabels([{ index: 0, x: 20, y: 100, radius: 5, width: 300 }], { height, bounds: { x0: 0, y0: 0, x1: 60, y1: 200 }, minWidth: 40 })).toEqual([]);
  });

  it("cuts labels longer than the longest allowed", () => {
    expect(placeLabels([{ index: 0, x: 0, y: 0, radius: 5, width: 400 }], { height, maxWidth: 180 })[0]).toMatchObject({ width: 180, truncated: true });
  });

  it("gives nodes outside the canvas no label, and keeps labels off the buttons", () => {
    const bounds = { x0: 0, y0: 0, x1: 300, y1: 300 };
    expect(placeLabels([{ index: 0, x: -20, y: 100, radius: 5, width: 40 }], { height, bounds })).toEqual([]);
    const blocked = [{ x0: 110, y0: 80, x1: 300, y1: 120 }];
    expect(placeLabels([{ index: 0, x: 100, y: 100, radius: 5, width: 40 }], { height, bounds, blocked })[0]?.dx).toBeLessThan(0);
  });
});
