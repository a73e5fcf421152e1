import { describe, expect, it } from "vitest";
import { sampleDataset } from "@/lib/model/fixtures/sampleDataset";
import { dayOfIso, dayOfYear } from "./dates";
import { visibilityFlags } from "./meetingFlags";
import { buildTimelineModel } from "./timelineModel";
import { dayToShowSelection, openingRange, rangeToShowWindow, readableOpening, selectionFocusDay, windowDays } from "./viewFollow";
import type { DayView } from "./zoomMath";

const model = buildTimelineModel(sampleDataset.meetings, sampleDataset.subjectAreas);
const everything = visibilityFlags(model, new Set(model.meetings.map((meeting) => meeting.id))).visible;
/** January and February 2003. */
const winter: DayView = { startDay: dayOfIso("2003-01-01"), endDay: dayOfIso("2003-03-01"), pxPerDay: 18, width: 1062 };
const april = { start: "2003-04-01", end: "2003-04-30" };

describe("the view following changes made elsewhere", () => {
  it("reads an inclusive window as whole days, its last day included", () => {
    expect(windowDays(april)).toEqual({ startDay: dayOfIso("2003-04-01"), endDay: dayOfIso("2003-05-01") });
  });

  it("opens on a link's window with two days' room, else on the home year, else on everything", () => {
    const home = { startDay: dayOfYear(2003), endDay: dayOfYear(2004) };
    expect(openingRange(april, home)).toEqual({ startDay: dayOfIso("2003-03-30"), endDay: dayOfIso("2003-05-03") });
    expect(openingRange(null, home)).toBe(home);
    expect(openingRange(null, null)).toBeNull();
  });

  it("moves to a window only when none of it is in view", () => {
    expect(rangeToShowWindow(winter, april)).toEqual({ startDay: dayOfIso("2003-03-30"), endDay: dayOfIso("2003-05-03") });
    expect(rangeToShowWindow(winter, { start: "2003-02-20", end: "2003-04-30" })).toBeNull();
    expect(rangeToShowWindow(winter, null)).toBeNull();
    expect(rangeToShowWindow(null, april)).toBeNull();
  });

  it("centres on a meeting newly selected elsewhere when it is out of view", () => {
    expect(dayToShowSelection(model, everything, winter, [], ["4739"])).toBe(dayOfIso("2003-04-11") + 0.5);
    // 4694 (28 January) is in view: stay.
    expect(dayToShowSelection(model, everything, winter, [], ["4694"])).toBeNull();
  });

  it("stays put when nothing was added, for entities, and for meetings the filters hide", () => {
    expect(dayToShowSelection(model, everything, winter, ["4739"], ["4739"])).toBeNull();
    expect(dayToShowSelection(model, everything, winter, ["4739"], [])).toBeNull();
    expect(dayToShowSelection(model, everything, winter, [], ["org:AU"])).toBeNull();
    const only4694 = visibilityFlags(model, new Set(["4694"])).visible;
    expect(dayToShowSelection(model, only4694, winter, [], ["4739"])).toBeNull();
  });

  it("follows the last of several meetings added at once", () => {
    expect(dayToShowSelection(model, everything, winter, [], ["4694", "4842"])).toBe(dayOfIso("2003-10-14") + 0.5);
  });
});

describe("readableOpening", () => {
  const year = { startDay: 12053, endDay: 12418 };
  it("keeps the year on a plot wider than a phone's, even where its marks must shrink", () => {
    expect(readableOpening(year, 1100)).toBe(year);
    expect(readableOpening(year, 683)).toBe(year);
  });
  it("opens a phone's plot on the first months of the year", () => {
    const range = readableOpening(year, 286);
    expect(range.startDay).toBe(year.startDay);
    expect(range.endDay - range.startDay).toBeCloseTo(102, 0);
  });
  it("leaves the range alone before the plot has a width", () => {
    expect(readableOpening(year, 0)).toBe(year);
  });
  it("opens a phone's plot around a selected meeting's day, kept inside the range", () => {
    const april11 = dayOfIso("2003-04-11") + 0.5;
    const around = readableOpening(year, 286, { focusDay: april11 });
    expect(around.endDay - around.startDay).toBeCloseTo(102, 0);
    expect((around.startDay + around.endDay) / 2).toBeCloseTo(april11);
    const december = readableOpening(year, 286, { focusDay: dayOfIso("2003-12-20") });
    expect(december.endDay).toBeCloseTo(year.endDay);
    const january = readableOpening(year, 286, { focusDay: dayOfIso("2003-01-03") });
    expect(january.startDay).toBe(year.startDay);
    // A day outside the range is no reason to leave its start.
    expect(readableOpening(year, 286, { focusDay: dayOfIso("1990-08-02") }).startDay).toBe(year.startDay);
  });
});

describe("selectionFocusDay", () => {
  it("is the last selected meeting's day that the filters let through, and null for none", () => {
    expect(selectionFocusDay(model, everything, ["4694", "4739"])).toBe(dayOfIso("2003-04-11") + 0.5);
    expect(selectionFocusDay(model, everything, ["4739", "org:AU"])).toBe(dayOfIso("2003-04-11") + 0.5);
    const only4694 = visibilityFlags(model, new Set(["4694"])).visible;
    expect(selectionFocusDay(model, only4694, ["4694", "4739"])).toBe(model.day[model.indexById.get("4694")!]! + 0.5);
    expect(selectionFocusDay(model, everything, [])).toBeNull();
  });
});
