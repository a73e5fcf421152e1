import { describe, expect, it } from "vitest";
import { sampleDataset } from "@/lib/model/fixtures/sampleDataset";
import type { Meeting } from "@/lib/model/schema";
import { dayOfYear } from "./dates";
import { laneBandsFor, minLanesHeight, visibleCountByLane } from "./laneBands";
import { visibilityFlags } from "./meetingFlags";
import { buildTimelineModel } from "./timelineModel";

const [kimberley, , iraq] = sampleDataset.meetings as [Meeting, Meeting, Meeting, Meeting];
/** Iraq (lane 0) meets on five days running in 2003; one thematic meeting in 2003 and another in 2004. */
const meetings: Meeting[] = [
  ...[10, 11, 12, 13, 14].map((day) => ({ ...iraq, id: `i${day}`, date: `2003-03-${day}` })),
  { ...kimberley, id: "t1", date: "2003-06-02" },
  { ...kimberley, id: "t2", date: "2004-06-02" },
];
const model = buildTimelineModel(meetings, sampleDataset.subjectAreas);
const everything = visibilityFlags(model, new Set(meetings.map((meeting) => meeting.id)));

describe("lane bands", () => {
  it("gives the lane whose meetings stack deeper more of the height, and fills it", () => {
    const bands = laneBandsFor(model, everything, null, 800, 300);
    expect(model.lanes.map((lane) => lane.id)).toEqual(["iraq", "thematic"]);
    expect(bands[0]!.height).toBeGreaterThan(bands[1]!.height);
    expect(bands[0]!.height + bands[1]!.height).toBeCloseTo(300);
    expect(bands[1]!.top).toBeCloseTo(bands[0]!.height);
  });

  it("weighs lanes by the home range alone, so a year without Iraq meetings shares the height equally", () => {
    const home = { startDay: dayOfYear(2004), endDay: dayOfYear(2005) };
    const bands = laneBandsFor(model, everything, home, 800, 300);
    expect(bands[0]!.height).toBeCloseTo(bands[1]!.height);
  });

  it("leaves hidden meetings out of the weights", () => {
    const thematicOnly = visibilityFlags(model, new Set(["t1", "t2"]));
    const bands = laneBandsFor(model, thematicOnly, null, 800, 300);
    expect(bands[0]!.height).toBeCloseTo(bands[1]!.height);
  });

  it("counts the visible meetings of each lane", () => {
    expect(visibleCountByLane(model, everything)).toEqual([5, 2]);
    expect(visibleCountByLane(model, visibilityFlags(model, new Set(["i10", "t2"])))).toEqual([1, 1]);
  });

  it("counts only the meetings dated on the days in view, so an all-years model shows 2003's counts on 2003", () => {
    const year2003 = { startDay: dayOfYear(2003), endDay: dayOfYear(2004) };
    expect(visibleCountByLane(model, everything, year2003)).toEqual([5, 1]);
    expect(visibleCountByLane(model, everything, { startDay: dayOfYear(2004), endDay: dayOfYear(2005) })).toEqual([0, 1]);
  });
});

describe("minLanesHeight", () => {
  it("is the height at which every lane holds its rows of the smallest marks", () => {
    const width = 500;
    const height = minLanesHeight(model, everything, null, width);
    const bands = laneBandsFor(model, everything, null, width, height);
    // Five Iraq meetings on five days running, in a plot 500 px wide for two years: one row each.
    expect(bands[0]!.height).toBeGreaterThanOrEqual(5 * (8 + 2) + 2 * 4 - 0.5);
    expect(height).toBeGreaterThanOrEqual(80);
  });

  it("on a phone, holds only the months the plot opens on", () => {
    // From June 2003 a 300 px plot opens on about four months, without the March stack.
    const fromJune = { startDay: dayOfYear(2003) + 151, endDay: dayOfYear(2004) };
    expect(minLanesHeight(model, everything, fromJune, 300)).toBe(80);
    expect(minLanesHeight(model, everything, { startDay: dayOfYear(2003) + 59, endDay: dayOfYear(2004) }, 300)).toBeGreaterThan(80);
  });

  it("is the lanes' floor when the marks fit side by side", () => {
    expect(minLanesHeight(model, everything, null, 4000)).toBe(80);
  });

  it("is nothing before the plot has a width", () => {
    expect(minLanesHeight(model, everything, null, 0)).toBe(0);
  });
});
