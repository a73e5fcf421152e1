import { describe, expect, it } from "vitest";
import { sampleDataset } from "@/lib/model/fixtures/sampleDataset";
import { dayOfIso, isoOfDay } from "./dates";
import { indexDataset } from "@/lib/model/dataset";
import { buildTimelineModel, lowerBoundDay } from "./timelineModel";

describe("timeline model", () => {
  const model = buildTimelineModel(sampleDataset.meetings, sampleDataset.subjectAreas);

  it("takes its lanes from the dataset's subject areas, in order", () => {
    expect(model.lanes.map((lane) => lane.id)).toEqual(["iraq", "thematic"]);
    expect(model.lane[model.indexById.get("4740")!]).toBe(0);
  });

  it("spans whole calendar years around the meetings", () => {
    expect(isoOfDay(model.domain.startDay)).toBe("2003-01-01");
    expect(isoOfDay(model.domain.endDay)).toBe("2004-01-01");
  });

  it("sorts meetings by date even when given out of order", () => {
    const reversed = buildTimelineModel([...sampleDataset.meetings].reverse(), sampleDataset.subjectAreas);
    expect(reversed.meetings.map((meeting) => meeting.id)).toEqual(["4694", "4739", "4740", "4842"]);
  });

  it("puts meetings of an unknown subject area in an unclassified lane", () => {
    const odd = { ...sampleDataset.meetings[0]!, id: "x", subjectArea: "nowhere" };
    const withOdd = buildTimelineModel([...sampleDataset.meetings, odd], sampleDataset.subjectAreas);
    expect(withOdd.lanes.at(-1)!.id).toBe("unclassified");
  });

  it("flags the meetings whose participants a source lists, and names them so on their buttons", () => {
    const known = buildTimelineModel(sampleDataset.meetings, sampleDataset.subjectAreas, indexDataset(sampleDataset).participantsKnown);
    expect([...known.known]).toEqual([1, 1, 0, 0]);
    expect([...model.known]).toEqual([0, 0, 0, 0]);
  });

  it("finds the first meeting on or after a day", () => {
    expect(lowerBoundDay(model.day, dayOfIso("2003-04-12"))).toBe(2);
    expect(lowerBoundDay(model.day, dayOfIso("2004-01-01"))).toBe(4);
  });
});
