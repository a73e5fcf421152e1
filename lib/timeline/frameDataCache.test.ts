import { describe, expect, it } from "vitest";
import { sampleDataset } from "@/lib/model/fixtures/sampleDataset";
import { createFrameDataCache } from "./frameDataCache";
import { emphasisFlags, visibilityFlags } from "./meetingFlags";
import { buildTimelineModel } from "./timelineModel";

const model = buildTimelineModel(sampleDataset.meetings, sampleDataset.subjectAreas);
const everything = visibilityFlags(model, new Set(model.meetings.map((meeting) => meeting.id)));
const plain = emphasisFlags(model, new Set(), [], false);

describe("frame data cache", () => {
  it("gives the same packings and bins while visibility and emphasis stay the same (zoom and pan frames)", () => {
    const dataFor = createFrameDataCache(model);
    const first = dataFor(everything, plain);
    const again = dataFor(everything, plain);
    expect(again.rowsFor).toBe(first.rowsFor);
    expect(again.density).toBe(first.density);
  });

  it("recounts the bins but keeps the packings when only the selection changes", () => {
    const dataFor = createFrameDataCache(model);
    const before = dataFor(everything, plain);
    const selected = dataFor(everything, emphasisFlags(model, new Set(), ["4739"], true));
    expect(selected.rowsFor).toBe(before.rowsFor);
    expect(selected.density).not.toBe(before.density);
    expect(selected.density.month.emphasized.reduce((sum, count) => sum + count, 0)).toBe(1);
    expect(before.density.month.emphasized.reduce((sum, count) => sum + count, 0)).toBe(0);
  });

  it("packs rows and counts bins again for a new visibility", () => {
    const dataFor = createFrameDataCache(model);
    const before = dataFor(everything, plain);
    const filtered = visibilityFlags(model, new Set(["4739"]));
    const after = dataFor(filtered, plain);
    expect(after.rowsFor).not.toBe(before.rowsFor);
    expect(after.visibility).toBe(filtered);
    expect(after.density.month.counts.reduce((sum, count) => sum + count, 0)).toBe(1);
    expect(before.density.month.counts.reduce((sum, count) => sum + count, 0)).toBe(4);
  });
});
