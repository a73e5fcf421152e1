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
});
