import { describe, expect, it } from "vitest";
import { sampleDataset } from "@/lib/model/fixtures/sampleDataset";
import { dayOfIso } from "./dates";
import type { FrameMark, TimelineFrame } from "./frame";
import { markButtons, markLayerTransform, MAX_MARK_BUTTONS, sameMarkLayout } from "./markLayer";
import { buildTimelineModel } from "./timelineModel";
import type { DayView } from "./zoomMath";

const model = buildTimelineModel(sampleDataset.meetings, sampleDataset.subjectAreas);
const year: DayView = { startDay: dayOfIso("2003-01-01"), endDay: dayOfIso("2004-01-01"), pxPerDay: 3, width: 1095 };

function frame(marks: FrameMark[], view = year, detail: TimelineFrame["detail"] = { kind: "marks" }): TimelineFrame {
  return { view, lanes: [], detail, marksInView: marks.length, meetingsOnDaysInView: marks.length, markSize: 11, marks, labels: [], bars: [] };
}
const mark = (index: number, x: number, y = 20): FrameMark => ({ index, lane: 0, x, y, size: 11 });

describe("the accessible mark layer", () => {
  it("names one button per mark, placed where the mark is drawn", () => {
    const buttons = markButtons(frame([mark(1, 300.5, 42)]), model);
    expect(buttons).toEqual([{ id: "4739", name: "Meeting 4739, 11 April 2003, The Security Council and regional organizations", x: 300.5, y: 42, size: 11 }]);
  });

  it("has no buttons for density bars, for too many marks, or before a frame has settled", () => {
    expect(markButtons(frame([mark(1, 10)], year, { kind: "density", unit: "month" }), model)).toEqual([]);
    expect(markButtons(frame(Array.from({ length: MAX_MARK_BUTTONS + 1 }, (_, i) => mark(i % 4, i))), model)).toEqual([]);
    expect(markButtons(null, model)).toEqual([]);
  });

  it("tells a redraw for hover or selection (same marks, same places) from a moved view", () => {
    const settled = frame([mark(0, 10), mark(1, 300)]);
    expect(sameMarkLayout(settled, frame([mark(0, 10), mark(1, 300)]))).toBe(true);
    expect(sameMarkLayout(settled, frame([mark(0, 10), mark(1, 300)], { ...year, startDay: year.startDay + 1 }))).toBe(false);
    expect(sameMarkLayout(settled, frame([mark(0, 10), mark(1, 300, 30)]))).toBe(false);
    expect(sameMarkLayout(settled, frame([mark(0, 10)]))).toBe(false);
    expect(sameMarkLayout(null, settled)).toBe(false);
  });

  it("carries a layer placed for one view to a panned or zoomed one", () => {
    expect(markLayerTransform(null, year)).toBe("");
    expect(markLayerTransform(year, { ...year })).toBe("");
    // Ten days later at the same scale: everything moves 30 px left.
    expect(markLayerTransform(year, { ...year, startDay: year.startDay + 10 })).toBe("translate(-30px, 0) scaleX(1)");
    // Twice the scale from the same start: stretched from the left edge.
    expect(markLayerTransform(year, { ...year, pxPerDay: 6 })).toBe("translate(0px, 0) scaleX(2)");
  });
});
