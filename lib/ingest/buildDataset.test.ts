import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildDataset, type SourceTexts } from "./buildDataset";
import { referenceFixture } from "./fixtures/reference2003";

// The builder on the project's own fixtures (the real corpus: buildDataset.corpus.test.ts).
// The modern-table fixture is dated 2003 with made-up meeting numbers from 4990 to 5001.

const read = (name: string) => readFileSync(path.resolve(__dirname, "../sources/fixtures", name), "utf8");
const table = { file: "fixtures/meetings-modern.html", year: 2003, html: read("meetings-modern.html") };
const sources: SourceTexts = {
  reference: referenceFixture,
  tables: [table],
  repertoire: [{ file: "fixtures/repertoire/mano-river.txt", text: read("repertoire/mano-river.txt") }],
};
const built = buildDataset(sources);

describe("buildDataset", () => {
  it("orders the meetings by date and number, each validated and with its source", () => {
    const order = built.meetings.map((meeting) => `${meeting.date} ${meeting.id}`);
    expect(order).toEqual([...order].sort());
    expect(built.meetings.length).toBeGreaterThan(0);
    expect(built.meetings.every((meeting) => meeting.sources[0]?.file === "fixtures/meetings-modern.html")).toBe(true);
  });

  it("infers each meeting's president from the month's presidency (December 2003: Bulgaria)", () => {
    const december = built.meetings.filter((meeting) => meeting.date.startsWith("2003-12"));
    expect(december.length).toBeGreaterThan(0);
    for (const meeting of december) {
      expect(built.participations).toContainEqual(expect.objectContaining({ meetingId: meeting.id, role: "president", entityId: "state:BGR", certainty: "inferred" }));
    }
  });

  it("reports Repertoire meetings the calendar lacks instead of inventing them", () => {
    expect(built.problems.filter((problem) => problem.code === "meeting-not-in-calendar").map((problem) => problem.excerpt)).toHaveLength(4);
    expect(built.meetings.map((meeting) => meeting.id)).not.toContain("4712");
  });

  it("keeps the first of two rows with the same meeting id and reports the second", () => {
    const twice = buildDataset({ ...sources, tables: [table, table] });
    expect(twice.meetings).toHaveLength(built.meetings.length);
    expect(twice.problems.filter((problem) => problem.code === "duplicate-meeting")).toHaveLength(built.meetings.length);
  });

  it("carries the reference's year for the index", () => expect(built.referenceYear).toBe(2003));
});
