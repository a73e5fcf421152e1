import { describe, expect, it } from "vitest";
import type { Meeting } from "@/lib/model/schema";
import { sampleDataset } from "@/lib/model/fixtures/sampleDataset";
import { formatMonth } from "@/lib/text/calendar";
import { monthKeyOfIndex } from "./dates";
import { binMeetings, binStartDay, chooseLevelOfDetail, MAX_MARKS_IN_VIEW } from "./levelOfDetail";
import { emphasisFlags, visibilityFlags } from "./meetingFlags";
import { buildTimelineModel } from "./timelineModel";

describe("level of detail", () => {
  it("shows a year of 2003 (223 meetings over about 1,100 px) meeting by meeting", () => {
    expect(chooseLevelOfDetail({ marksInView: 223, pxPerDay: 3, marksFit: true })).toEqual({ kind: "marks" });
  });

  it("turns to monthly density when too many meetings are in view", () => {
    expect(chooseLevelOfDetail({ marksInView: MAX_MARKS_IN_VIEW + 1, pxPerDay: 0.5, marksFit: true })).toEqual({ kind: "density", unit: "month" });
  });

  it("turns to monthly density when stacked marks would not fit their lanes", () => {
    expect(chooseLevelOfDetail({ marksInView: 100, pxPerDay: 1, marksFit: false })).toEqual({ kind: "density", unit: "month" });
  });

  it("bins by year when month bars would be thinner than a few pixels, as for 1946-2022", () => {
    const pxPerDay = 1100 / (77 * 365.25);
    expect(chooseLevelOfDetail({ marksInView: 9000, pxPerDay, marksFit: false })).toEqual({ kind: "density", unit: "year" });
  });
});

describe("density bins", () => {
  const template = sampleDataset.meetings[0]!;
  const meetings: Meeting[] = [
    { ...template, id: "a", date: "2003-04-01" },
    { ...template, id: "b", date: "2003-04-30" },
    { ...template, id: "c", date: "2003-05-01", subjectArea: "iraq" },
    { ...template, id: "d", date: "2003-05-02" },
  ];
  const model = buildTimelineModel(meetings, sampleDataset.subjectAreas);
  const thematic = model.lanes.findIndex((lane) => lane.id === "thematic");

  it("counts the visible meetings of each lane per month", () => {
    const visibility = visibilityFlags(model, new Set(["a", "b", "c"]));
    const bins = binMeetings(model, visibility, emphasisFlags(model, new Set(), [], false), "month");
    const slot = (lane: number, bin: number) => lane * bins.binCount + bin - bins.firstBin;
    const april = bins.firstBin + 3;
    expect(formatMonth(monthKeyOfIndex(april))).toBe("April 2003");
    expect(bins.counts[slot(thematic, april)]).toBe(2);
    expect(bins.counts[slot(thematic, april + 1)]).toBe(0);
    expect(bins.maxCount).toBe(2);
    expect(bins.binCount).toBe(12);
  });

  it("counts emphasized meetings inside each bin", () => {
    const visibility = visibilityFlags(model, new Set(["a", "b", "c", "d"]));
    const bins = binMeetings(model, visibility, emphasisFlags(model, new Set(["b"]), [], true), "year");
    expect(bins.binCount).toBe(1);
    expect(binStartDay(bins.firstBin, "year")).toBe(model.domain.startDay);
    expect(bins.emphasized[thematic]).toBe(1);
    expect(bins.counts[thematic]).toBe(3);
  });
});
