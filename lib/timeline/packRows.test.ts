import { describe, expect, it } from "vitest";
import type { Meeting } from "@/lib/model/schema";
import { sampleDataset } from "@/lib/model/fixtures/sampleDataset";
import { createRowPackingCache, packRows, quantizeGap } from "./packRows";
import { buildTimelineModel } from "./timelineModel";

const template = sampleDataset.meetings[0]!;
const meeting = (id: string, date: string, subjectArea = "thematic"): Meeting => ({ ...template, id, date, subjectArea });

describe("row packing", () => {
  const meetings = [
    meeting("a", "2003-01-01"), meeting("b", "2003-01-01"), meeting("c", "2003-01-02"),
    meeting("d", "2003-01-05"), meeting("e", "2003-01-02", "iraq"),
  ];
  const model = buildTimelineModel(meetings, sampleDataset.subjectAreas);
  const all = new Uint8Array(model.meetings.length).fill(1);
  const rowOf = (packing: ReturnType<typeof packRows>, id: string) => packing.row[model.indexById.get(id)!];

  it("stacks meetings of the same day and lane in separate rows", () => {
    const packing = packRows(model, all, 1);
    expect([rowOf(packing, "a"), rowOf(packing, "b"), rowOf(packing, "c")]).toEqual([0, 1, 0]);
  });

  it("never puts two meetings closer than the gap in one row", () => {
    const packing = packRows(model, all, 3);
    expect([rowOf(packing, "a"), rowOf(packing, "b"), rowOf(packing, "c"), rowOf(packing, "d")]).toEqual([0, 1, 2, 0]);
    expect(packing.rowsByLane[model.lanes.findIndex((lane) => lane.id === "thematic")]).toBe(3);
  });

  it("keeps lanes apart and leaves hidden meetings out", () => {
    const visible = Uint8Array.from(model.meetings, (m) => (m.id === "b" ? 0 : 1));
    const packing = packRows(model, visible, 1);
    expect(rowOf(packing, "e")).toBe(0);
    expect(rowOf(packing, "b")).toBe(-1);
    expect(rowOf(packing, "c")).toBe(0);
  });

  it("reuses a packing for a gap it has seen, and for nearby wide gaps", () => {
    const rowsFor = createRowPackingCache(model, all);
    expect(rowsFor(2)).toBe(rowsFor(2));
    expect(rowsFor(13)).toBe(rowsFor(16));
  });

  it("rounds wide gaps up to a few steps, never down", () => {
    expect([1, 6, 7, 9, 11, 13, 17, 25, 33].map(quantizeGap)).toEqual([1, 6, 8, 10, 12, 16, 20, 32, 40]);
  });
});
