import { describe, expect, it } from "vitest";
import type { TimelineFrame } from "./frame";
import { selectionCallouts } from "./selectionCallouts";

const mark = (index: number, x: number, y = 50) => ({ index, lane: 0, x, y, size: 10 });
const frameWith = (marks: TimelineFrame["marks"], labelled: number[] = []) =>
  ({ view: { width: 400 }, marks, labels: labelled.map((key) => ({ key, x: 0, y: 0, text: String(key), width: 10 })) }) as unknown as Pick<TimelineFrame, "marks" | "labels" | "view">;
const textOf = (index: number) => `M${index}`;
const measure = (text: string) => text.length * 10;

describe("selectionCallouts", () => {
  it("names a selected mark the frame left unlabelled, just right of it", () => {
    const callouts = selectionCallouts(frameWith([mark(1, 100), mark(2, 120)]), (index) => (index === 2 ? 2 : 0), textOf, measure);
    expect(callouts).toEqual([{ index: 2, x: 131, y: 50, width: 20, text: "M2" }]);
  });

  it("leaves alone a selected mark that already has its label, and marks not selected", () => {
    expect(selectionCallouts(frameWith([mark(1, 100), mark(2, 120)], [2]), (index) => (index === 2 ? 2 : 0), textOf, measure)).toEqual([]);
  });

  it("puts the name left of a mark near the plot's right edge, and never left of the plot", () => {
    const [nearRight] = selectionCallouts(frameWith([mark(3, 390)]), () => 2, textOf, measure);
    expect(nearRight!.x).toBe(390 - 5 - 6 - 20);
    const [cramped] = selectionCallouts({ ...frameWith([mark(4, 10)]), view: { width: 30 } } as never, () => 2, textOf, measure);
    expect(cramped!.x).toBe(0);
  });

  it("names none when more selected marks lack labels than it may name: the rings show a pattern", () => {
    const marks = Array.from({ length: 9 }, (_, i) => mark(i, 20 + i * 30));
    expect(selectionCallouts(frameWith(marks), () => 2, textOf, measure, { max: 8 })).toEqual([]);
    expect(selectionCallouts(frameWith(marks.slice(0, 8)), () => 2, textOf, measure, { max: 8 })).toHaveLength(8);
  });

  it("names the marks linked to the selection too while, with the selected, they are few", () => {
    const marks = [mark(1, 100), mark(2, 200), mark(3, 300)];
    const emphasis = (index: number) => (index === 1 ? 2 : index === 2 ? 1 : 0);
    expect(selectionCallouts(frameWith(marks), emphasis, textOf, measure).map((callout) => callout.index)).toEqual([1, 2]);
    // An entity chosen (nothing selected on the timeline): its meetings alone are named.
    expect(selectionCallouts(frameWith(marks), (index) => (index === 3 ? 1 : 0), textOf, measure).map((callout) => callout.index)).toEqual([3]);
  });

  it("names only the selected marks when the linked ones would make too many, and none when the selected alone do", () => {
    const marks = Array.from({ length: 10 }, (_, i) => mark(i, 20 + i * 30));
    const twoSelected = (index: number) => (index < 2 ? 2 : 1);
    expect(selectionCallouts(frameWith(marks), twoSelected, textOf, measure, { max: 8 }).map((callout) => callout.index)).toEqual([0, 1]);
    expect(selectionCallouts(frameWith(marks), () => 1, textOf, measure, { max: 8 })).toEqual([]);
    expect(selectionCallouts(frameWith(marks), () => 2, textOf, measure, { max: 8 })).toEqual([]);
  });

  it("names no mark past the plot's edges, which the frame draws but nobody sees", () => {
    const marks = [mark(1, -4), mark(2, 404), mark(3, 200)];
    expect(selectionCallouts(frameWith(marks), () => 2, textOf, measure).map((callout) => callout.index)).toEqual([3]);
  });

  it("keeps a linked meeting's box off the marks and labels beside it: right, else left, else unnamed", () => {
    const linked = (index: number) => (index < 10 ? 1 : 0);
    // 1's right side holds mark 11 (x 125): its box goes left. 2 has a mark either side: unnamed
    // among four linked meetings (3 and 4 far off, with room).
    const marks = [mark(1, 100), mark(11, 125), mark(2, 200), mark(12, 175), mark(13, 225), mark(3, 300, 90), mark(4, 350, 130)];
    const callouts = selectionCallouts(frameWith(marks), linked, textOf, measure);
    expect(callouts.map((callout) => [callout.index, callout.x])).toEqual([[1, 100 - 5 - 6 - 20], [3, 311], [4, 361]]);
    // With three or fewer, the one with no clear side is named over its neighbours, at its right.
    const few = selectionCallouts(frameWith(marks.slice(0, 5)), linked, textOf, measure);
    expect(few.map((callout) => [callout.index, callout.x])).toEqual([[1, 100 - 5 - 6 - 20], [2, 211]]);
    // A label in the way counts as a mark does.
    const labelled = { ...frameWith([mark(3, 100)]), labels: [{ key: 99, x: 112, y: 50, text: "4732", width: 40 }] } as never;
    expect(selectionCallouts(labelled, () => 1, textOf, measure).map((callout) => callout.x)).toEqual([100 - 5 - 6 - 20]);
  });

  it("names a selected meeting on its clear side, over its neighbours when it has none, and keeps linked boxes off its box", () => {
    const emphasis = (index: number) => (index === 1 ? 2 : [2, 5, 6].includes(index) ? 1 : 0);
    // 1 is selected with mark 11 at its right: its box goes left. Linked 2 (x 145) has mark 12
    // at its right and mark 11 at its left: among more than three, it goes unnamed.
    const others = [mark(5, 300, 90), mark(6, 350, 130)];
    const callouts = selectionCallouts(frameWith([mark(1, 100), mark(11, 125), mark(2, 145), mark(12, 165), ...others]), emphasis, textOf, measure);
    expect(callouts.map((callout) => [callout.index, callout.x])).toEqual([[1, 69], [5, 311], [6, 361]]);
    // Hemmed in on both sides, a selected meeting is named at its right all the same.
    const hemmed = selectionCallouts(frameWith([mark(1, 100), mark(11, 125), mark(12, 75)]), (index) => (index === 1 ? 2 : 0), textOf, measure);
    expect(hemmed.map((callout) => [callout.index, callout.x])).toEqual([[1, 111]]);
  });
});
