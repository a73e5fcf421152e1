import { describe, expect, it } from "vitest";
import { lcg } from "./lcg";
import { DisplayState } from "./display";
import { labelPriority, leaderLine, placeLabels, type LabelCandidate, type PlacedLabel } from "./labels";

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

describe("placeLabels: names set apart on a leader line", () => {
  const selected = labelPriority(DisplayState.selected);
  const dimmed = labelPriority(DisplayState.dimmed);
  /** A selected hub with its selected neighbours packed round it on every side, as the EU's aligned states are. */
  const crowd = (priority: number): LabelCandidate[] => [
    { index: 0, x: 200, y: 200, radius: 10, width: 60, priority },
    ...[0, 1, 2, 3, 4, 5, 6, 7].map((step) => ({
      index: step + 1, x: 200 + 22 * Math.cos(((step + 0.5) * Math.PI) / 4), y: 200 + 22 * Math.sin(((step + 0.5) * Math.PI) / 4), radius: 6, width: 70, priority,
    })),
  ];
  const bounds = { x0: 0, y0: 0, x1: 400, y1: 400 };
  const leaderOf = (label: PlacedLabel, node: LabelCandidate) => ({ x0: node.x + label.leader!.x0, y0: node.y + label.leader!.y0, x1: node.x + label.leader!.x1, y1: node.y + label.leader!.y1 });

  it("names more of a crowded selection, those without a free side on a line from their node", () => {
    const candidates = crowd(selected);
    const placed = placeLabels(candidates, { height, bounds, obstacles: candidates });
    // Beside their nodes, four of them at most; with lines, the hub and most of the ring.
    expect(placeLabels(candidates.map((candidate) => ({ ...candidate, priority: undefined })), { height, bounds, obstacles: candidates }).length).toBeLessThanOrEqual(4);
    expect(placed.length).toBeGreaterThanOrEqual(7);
    expect(placed.map((label) => label.index)).toContain(0);
    const apart = placed.filter((label) => label.leader);
    expect(apart.length).toBeGreaterThan(0);
    const boxes = placed.map((label) => boxOf(label, candidates));
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
    for (const label of apart) {
      const node = candidates.find((candidate) => candidate.index === label.index)!;
      const line = leaderOf(label, node);
      // The line starts on the node's edge and ends on its label's box.
      expect(Math.hypot(line.x0 - node.x, line.y0 - node.y)).toBeCloseTo(node.radius, 5);
      const box = boxOf(label, candidates);
      expect(line.x1).toBeGreaterThanOrEqual(box.x0 - 1e-9);
      expect(line.x1).toBeLessThanOrEqual(box.x1 + 1e-9);
      expect(line.y1).toBeGreaterThanOrEqual(box.y0 - 1e-9);
      expect(line.y1).toBeLessThanOrEqual(box.y1 + 1e-9);
      // No other name lies across it.
      for (const other of placed) {
        if (other === label) continue;
        const otherBox = boxOf(other, candidates);
        for (let t = 0.05; t < 1; t += 0.05) {
          const [px, py] = [line.x0 + (line.x1 - line.x0) * t, line.y0 + (line.y1 - line.y0) * t];
          expect(px > otherBox.x0 && px < otherBox.x1 && py > otherBox.y0 && py < otherBox.y1, `${label.index}'s line under ${other.index}'s name`).toBe(false);
        }
      }
    }
    // No two lines cross.
    const lines = apart.map((label) => leaderOf(label, candidates.find((candidate) => candidate.index === label.index)!));
    const cross = (a: (typeof lines)[number], b: (typeof lines)[number]) => {
      const denominator = (a.x1 - a.x0) * (b.y1 - b.y0) - (a.y1 - a.y0) * (b.x1 - b.x0);
      if (denominator === 0) return false;
      const t = ((b.x0 - a.x0) * (b.y1 - b.y0) - (b.y0 - a.y0) * (b.x1 - b.x0)) / denominator;
      const u = ((b.x0 - a.x0) * (a.y1 - a.y0) - (b.y0 - a.y0) * (a.x1 - a.x0)) / denominator;
      return t >= 0 && t <= 1 && u >= 0 && u <= 1;
    };
    for (let i = 0; i < lines.length; i++) for (let j = i + 1; j < lines.length; j++) expect(cross(lines[i]!, lines[j]!), `lines ${i} and ${j}`).toBe(false);
    // A name with a free side beside its node has no line.
    expect(placeLabels([{ index: 0, x: 100, y: 100, radius: 6, width: 50, priority: selected }], { height })).toEqual([{ index: 0, dx: 9, dy: -7, width: 50, truncated: false }]);
  });

  it("sets apart only the selected nodes: the same crowd merely lit, or dimmed, loses names instead", () => {
    for (const priority of [labelPriority(DisplayState.highlighted, { specific: true }), dimmed]) {
      const candidates = crowd(priority);
      const placed = placeLabels(candidates, { height, bounds, obstacles: candidates });
      expect(placed.length).toBeLessThan(candidates.length);
      expect(placed.every((label) => !label.leader)).toBe(true);
    }
  });

  it("gives the selection's names set apart the room before a lower rank takes it", () => {
    const candidates = [...crowd(selected), ...[0, 1, 2, 3].map((step) => ({ index: 20 + step, x: 120 + step * 50, y: 150, radius: 12, width: 50, priority: dimmed }))];
    const placed = placeLabels(candidates, { height, bounds, obstacles: candidates });
    const alone = placeLabels(crowd(selected), { height, bounds, obstacles: crowd(selected) });
    expect(alone.some((label) => label.leader)).toBe(true);
    // The larger dimmed nodes come after every name of the selection, lines included.
    expect(placed.slice(0, alone.length)).toEqual(alone);
  });

  it("sets apart a bounded number of names: a block of two hundred selected nodes gets no web of lines", () => {
    // Unbounded, 53 of these names went out on lines, and the placing took several times as long.
    const block = Array.from({ length: 200 }, (_, index) => ({ index, x: 300 + (index % 20) * 14, y: 300 + Math.floor(index / 20) * 14, radius: 3, width: 30, priority: selected }));
    const placed = placeLabels(block, { height: 12, bounds: { x0: 0, y0: 0, x1: 1400, y1: 1000 }, obstacles: block });
    const apart = placed.filter((label) => label.leader).length;
    expect(apart).toBeGreaterThan(0);
    expect(apart).toBeLessThanOrEqual(24);
  });

  it("keeps a name set apart inside the canvas and off the buttons", () => {
    const candidates = crowd(selected).map((candidate) => ({ ...candidate, x: candidate.x - 150, y: candidate.y - 150 }));
    const blocked = [{ x0: 0, y0: 0, x1: 400, y1: 20 }];
    const placed = placeLabels(candidates, { height, bounds, blocked, obstacles: candidates });
    for (const label of placed) {
      const box = boxOf(label, candidates);
      expect(box.x0).toBeGreaterThanOrEqual(0);
      expect(box.y0).toBeGreaterThanOrEqual(20);
    }
  });
});

describe("leaderLine", () => {
  it("runs from the node's edge towards the nearest point of the box", () => {
    // A box up and to the right: the nearest point is its bottom-left corner.
    expect(leaderLine(5, 30, -50, 50, 10)).toEqual({ x0: 3, y0: -4, x1: 30, y1: -40 });
    // A box straight below: the nearest point is on its top edge, under the node.
    const below = leaderLine(4, -20, 30, 40, 10);
    expect(below).toEqual({ x0: 0, y0: 4, x1: 0, y1: 30 });
  });
});
