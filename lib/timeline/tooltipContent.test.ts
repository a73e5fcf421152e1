import { describe, expect, it } from "vitest";
import { sampleDataset } from "@/lib/model/fixtures/sampleDataset";
import { dayOfIso, monthIndexOfDay } from "./dates";
import { barTooltip, meetingTooltip } from "./tooltipContent";
import { buildTimelineModel } from "./timelineModel";

const model = buildTimelineModel(sampleDataset.meetings, sampleDataset.subjectAreas);
const nameOf = (id: string) => (id === "state:USA" ? "United States" : id);

describe("tooltip content", () => {
  it("gives date, number, topic, lane and the vote of a resolution", () => {
    expect(meetingTooltip(model, model.indexById.get("4694")!, nameOf)).toEqual({
      kind: "meeting", title: "Meeting 4694", date: "28 January 2003", topic: "Kimberley Process Certification Scheme",
      lane: "Thematic and institutional", outcomes: ["Resolution S/RES/1459 (2003) (15 for, 0 against, 0 abstaining)"],
    });
  });

  it("says when a meeting was closed", () => {
    expect(meetingTooltip(model, model.indexById.get("4740")!, nameOf)).toMatchObject({ title: "Meeting 4740 (closed)", lane: "Iraq" });
  });

  it("names the period and lane of a density bar", () => {
    const bin = monthIndexOfDay(dayOfIso("2003-04-01"));
    const bar = { lane: 0, bin, startDay: 0, endDay: 30, x: 0, width: 10, top: 0, bottom: 50, barTop: 20, count: 12, emphasized: 3 };
    expect(barTooltip(model, bar, "month")).toEqual({ kind: "bar", period: "April 2003", lane: "Iraq", count: 12, emphasized: 3 });
    expect(barTooltip(model, { ...bar, bin: 2003 }, "year")).toMatchObject({ period: "2003" });
  });
});
