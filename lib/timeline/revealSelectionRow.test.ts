import { describe, expect, it } from "vitest";
import type { TimelineFrame } from "./frame";
import { Emphasis } from "./meetingFlags";
import { scrollTopToShow, selectionRowYs } from "./revealSelectionRow";

const mark = (index: number, x: number, y: number) => ({ index, lane: 0, x, y, size: 10 });
const frameWith = (marks: TimelineFrame["marks"]) => ({ view: { width: 400 }, marks }) as unknown as Pick<TimelineFrame, "marks" | "view">;

describe("selectionRowYs", () => {
  const frame = frameWith([mark(1, 100, 40), mark(2, 200, 380), mark(3, 300, 250), mark(4, 450, 90)]);
  it("gives the selected marks across the plot", () => {
    expect(selectionRowYs(frame, (index) => (index === 2 ? Emphasis.selected : index === 3 ? Emphasis.highlighted : Emphasis.none))).toEqual([380]);
  });
  it("gives the linked marks when nothing on the timeline is selected (an entity chosen)", () => {
    expect(selectionRowYs(frame, (index) => (index === 3 ? Emphasis.highlighted : Emphasis.none))).toEqual([250]);
  });
  it("leaves out marks past the plot's edge, and is empty with nothing selected", () => {
    expect(selectionRowYs(frame, (index) => (index === 4 ? Emphasis.selected : Emphasis.none))).toEqual([]);
    expect(selectionRowYs(frame, () => Emphasis.none)).toEqual([]);
  });
});

describe("scrollTopToShow", () => {
  // Lanes 450 px tall seen through 340 px: scrollTop runs from 0 to 110.
  const lanes = { scrollTop: 0, height: 340, maxScrollTop: 110 };
  it("brings a mark below the rows in sight up, as far as the lanes scroll", () => {
    expect(scrollTopToShow([420], lanes)).toBe(110);
    expect(scrollTopToShow([360], { ...lanes, maxScrollTop: 400 })).toBe(190);
  });
  it("brings a mark above them down", () => {
    expect(scrollTopToShow([20], { ...lanes, scrollTop: 110 })).toBe(0);
  });
  it("stays put when one of the marks is in sight, when the lanes do not scroll, and with no marks", () => {
    expect(scrollTopToShow([420, 200], lanes)).toBeNull();
    expect(scrollTopToShow([420], { ...lanes, maxScrollTop: 0 })).toBeNull();
    expect(scrollTopToShow([], lanes)).toBeNull();
  });
});
