import { describe, expect, it } from "vitest";
import { sampleDataset } from "@/lib/model/fixtures/sampleDataset";
import type { Meeting } from "@/lib/model/schema";
import { dayOfIso } from "./dates";
import { computeFrame, type FrameInput } from "./frame";
import { layoutLanes } from "./laneLayout";
import { binMeetings } from "./levelOfDetail";
import { emphasisFlags, visibilityFlags } from "./meetingFlags";
import { createRowPackingCache } from "./packRows";
import { buildTimelineModel } from "./timelineModel";
import { viewOf, zoomForRange } from "./zoomMath";

const template = sampleDataset.meetings[0]!;

/** A year with `perDay` meetings every working day, all in the thematic lane. */
function busyYear(perDay: number): Meeting[] {
  const meetings: Meeting[] = [];
  for (let day = 0; day < 365; day++) {
    const date = new Date(Date.UTC(2003, 0, 1 + day)).toISOString().slice(0, 10);
    for (let k = 0; k < perDay; k++) meetings.push({ ...template, id: `${date}-${k}`, number: 4000 + meetings.length, date });
  }
  return meetings;
}

function frameFor(meetings: Meeting[], visibleIds: Set<string> | null, range?: [string, string], height = 420) {
  const model = buildTimelineModel(meetings, sampleDataset.subjectAreas);
  const visibility = visibilityFlags(model, visibleIds ?? new Set(meetings.map((meeting) => meeting.id)));
  const emphasis = emphasisFlags(model, new Set(), [], false);
  const width = 1095;
  const zoom = range ? zoomForRange(model.domain, width, dayOfIso(range[0]), dayOfIso(range[1])) : { k: 1, x: 0 };
  const input: FrameInput = {
    model, visibility, rowsFor: createRowPackingCache(model, visibility.visible),
    density: { month: binMeetings(model, visibility, emphasis, "month"), year: binMeetings(model, visibility, emphasis, "year") },
    view: viewOf(model.domain, width, zoom), lanes: layoutLanes(model.lanes.map(() => 1), height), measure: (text) => text.length * 7,
  };
  return { model, frame: computeFrame(input) };
}

describe("timeline frame", () => {
  it("draws each meeting of the sample year as a mark in its lane", () => {
    const { model, frame } = frameFor(sampleDataset.meetings, null);
    expect(frame.detail).toEqual({ kind: "marks" });
    expect(frame.marks.map((mark) => model.meetings[mark.index]!.id)).toEqual(["4694", "4739", "4740", "4842"]);
    const iraq = frame.marks.find((mark) => model.meetings[mark.index]!.id === "4740")!;
    expect(iraq.y).toBeLessThan(frame.lanes[0]!.height);
    expect(iraq.x).toBeCloseTo((dayOfIso("2003-04-14") + 0.5 - dayOfIso("2003-01-01")) * 3);
  });

  it("leaves out meetings the filters hide", () => {
    const { model, frame } = frameFor(sampleDataset.meetings, new Set(["4739"]));
    expect(frame.marks.map((mark) => model.meetings[mark.index]!.id)).toEqual(["4739"]);
    expect(frame.marksInView).toBe(1);
  });

  it("counts the meetings dated on the days in view, not the half-cut marks drawn at the edges", () => {
    // Meetings on 31 December 2002 and 1 January 2004 are drawn at the edges of a 2003 view
    // on a narrow plot, where one mark spans days; they are not 2003's meetings.
    const around = [
      { ...template, id: "eve", date: "2002-12-31" },
      ...sampleDataset.meetings,
      { ...template, id: "new-year", date: "2004-01-01" },
    ];
    const model = buildTimelineModel(around, sampleDataset.subjectAreas);
    const visibility = visibilityFlags(model, new Set(around.map((meeting) => meeting.id)));
    const emphasis = emphasisFlags(model, new Set(), [], false);
    for (const width of [320, 1095]) {
      const view = viewOf(model.domain, width, zoomForRange(model.domain, width, dayOfIso("2003-01-01"), dayOfIso("2004-01-01")));
      const frame = computeFrame({
        model, visibility, rowsFor: createRowPackingCache(model, visibility.visible),
        density: { month: binMeetings(model, visibility, emphasis, "month"), year: binMeetings(model, visibility, emphasis, "year") },
        view, lanes: layoutLanes(model.lanes.map(() => 1), 420),
      });
      expect(frame.marksInView, `${width} px`).toBe(6);
      expect(frame.meetingsOnDaysInView, `${width} px`).toBe(sampleDataset.meetings.length);
    }
  });

  it("labels marks with number and topic when zoomed in", () => {
    const { frame } = frameFor(sampleDataset.meetings, null, ["2003-04-09", "2003-04-17"]);
    expect(frame.labels.map((label) => label.text)).toEqual(["4739 The Security Council and regional organizations", "4740 Iraq-Kuwait"]);
  });

  it("shrinks marks before giving up on them, and keeps the largest size that fits", () => {
    const { frame } = frameFor(sampleDataset.meetings, null);
    expect(frame.markSize).toBe(11);
    // A meeting every day of the year in one 55 px lane: 11 px marks need five rows, 9 px marks four.
    const crowded = frameFor(busyYear(1), null, undefined, 55).frame;
    expect(crowded.detail.kind).toBe("marks");
    expect(crowded.markSize).toBe(9);
    expect(frameFor(busyYear(1), null, undefined, 30).frame.detail.kind).toBe("density");
  });

  it("shows monthly density when a year holds too many meetings, and marks again when zoomed in", () => {
    const { frame } = frameFor(busyYear(3), null);
    expect(frame.detail).toEqual({ kind: "density", unit: "month" });
    expect(frame.bars).toHaveLength(12);
    expect(frame.bars[0]).toMatchObject({ count: 93, startDay: dayOfIso("2003-01-01") });
    const zoomed = frameFor(busyYear(3), null, ["2003-04-01", "2003-04-15"]).frame;
    expect(zoomed.detail).toEqual({ kind: "marks" });
    const ys = new Set(zoomed.marks.map((mark) => Math.round(mark.y)));
    expect(ys.size).toBe(3);
  });

  it("never lets two marks of one frame overlap", () => {
    const { frame } = frameFor(busyYear(2).filter((_, i) => i % 3 !== 0), null, ["2003-03-01", "2003-06-01"]);
    expect(frame.detail.kind).toBe("marks");
    const sorted = [...frame.marks].sort((a, b) => a.y - b.y || a.x - b.x);
    for (let i = 1; i < sorted.length; i++) {
      const a = sorted[i - 1]!;
      const b = sorted[i]!;
      if (Math.abs(a.y - b.y) < a.size) expect(b.x - a.x).toBeGreaterThanOrEqual(a.size);
    }
  });
});
