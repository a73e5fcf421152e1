import { describe, expect, it } from "vitest";
import type { Meeting, Participation } from "@/lib/model/schema";
import type { BuiltDataset } from "./buildDataset";
import { reference2003 } from "./fixtures/resolver2003";
import { renderDataFiles } from "./renderDataFiles";

const meeting = (id: string, date: string): Meeting => ({
  id, kind: "meeting", number: Number(id), date, topic: "Iraq-Kuwait", topics: ["Iraq-Kuwait"], closed: false, subjectArea: "iraq",
  records: { verbatim: `S/PV.${id}`, corrigenda: [], pressReleases: [] }, outcomes: [], sources: [{ source: "un-meetings-table", row: 1 }],
});
const edge = (meetingId: string, certainty: Participation["certainty"]): Participation => ({
  id: `${meetingId}|subject|state:IRQ`, meetingId, entityId: "state:IRQ", role: "subject", certainty, evidence: { source: certainty === "stated" ? "repertoire" : "inferred" },
});

const built: BuiltDataset = {
  referenceYear: 2003,
  reference: reference2003,
  meetings: [meeting("2977", "1990-08-02"), meeting("4740", "2003-04-14"), meeting("4741", "2003-04-15")],
  entities: [{ id: "state:IRQ", kind: "state", name: "Iraq", aliases: [], iso3: "IRQ", sources: [{ source: "reference" }] }],
  participations: [edge("4740", "inferred"), edge("4741", "stated")],
  presidencies: [{ month: "2003-04", entityId: "state:MEX" }],
  vetoes: [],
  problems: [{ file: "a.html", line: 3, code: "date-range", message: "m", excerpt: "e" }],
  tableStats: [],
  checks: [],
};
const files = renderDataFiles(built);

describe("renderDataFiles", () => {
  it("writes one meetings and one participations file per year that has meetings", () => {
    expect([...files.keys()].filter((file) => file.includes("/")).sort()).toEqual(["meetings/1990.json", "meetings/2003.json", "participations/1990.json", "participations/2003.json"]);
    expect(JSON.parse(files.get("meetings/2003.json")!).map((m: Meeting) => m.id)).toEqual(["4740", "4741"]);
    expect(files.get("participations/1990.json")).toBe("[]\n");
  });

  it("puts one record on each line, so a changed record is a one-line diff", () => {
    expect(files.get("meetings/2003.json")!.split("\n")).toHaveLength(5);
    expect(files.get("meetings/2003.json")!.split("\n")[1]).toBe(`${JSON.stringify(built.meetings[1])},`);
  });

  it("indexes the years, the counts and the default year, which is the reference's year", () => {
    expect(JSON.parse(files.get("index.json")!)).toEqual({
      defaultYear: 2003,
      years: [{ year: 1990, meetings: 1, participations: 0 }, { year: 2003, meetings: 2, participations: 2 }],
      counts: { meetings: 3, entities: 1, participations: 2, stated: 1, inferred: 1, vetoes: 0, problems: 1 },
    });
  });

  it("writes the subject areas without their patterns, and the problems to the report", () => {
    const areas = JSON.parse(files.get("subject-areas.json")!);
    expect(areas[0]).toEqual({ id: "iraq", label: "Iraq", color: expect.stringMatching(/^#[0-9A-F]{6}$/i) });
    expect(JSON.parse(files.get("ingest-report.json")!).problems).toEqual(built.problems);
  });

  it("writes the reference facts for the browser's import to resolve names with", () => {
    expect(JSON.parse(files.get("reference.json")!)).toEqual(reference2003);
  });

  it("gives the same bytes for the same dataset", () => {
    expect(renderDataFiles(built)).toEqual(files);
  });

  it("writes each year's Council members when the ingest had the membership file, one year a line, and nothing without it", () => {
    expect(files.has("council-members.json")).toBe(false);
    const councilMembers = { source: "data/council-members-1946-2022.json", years: { "1990": ["state:CHN", "state:USA"], "2003": ["state:AGO", "state:USA"] } };
    const written = renderDataFiles({ ...built, councilMembers }).get("council-members.json")!;
    expect(JSON.parse(written)).toEqual(councilMembers);
    expect(written.split("\n")[3]).toBe('    "1990": ["state:CHN","state:USA"],');
  });
});
