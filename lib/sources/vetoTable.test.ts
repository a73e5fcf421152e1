import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TableMeeting, TableOutcome } from "./meetingsTable";
import { crossCheckVetoes, parseVetoTable, type VetoRecord } from "./vetoTable";

const html = readFileSync(path.resolve(__dirname, "fixtures", "veto-list.html"), "utf8");
const result = parseVetoTable(html, { file: "fixtures/veto-list.html" });

describe("parseVetoTable", () => {
  it("reads each data row below the header, skipping the title and the note across the table", () => {
    expect(result.rowCount).toBe(6);
    expect(result.vetoes.map((veto) => veto.draft)).toEqual(["S/2020/667", "S/2003/980", "S/2001/270", "S/17769/Rev.1", "S/552"]);
  });

  it("reads a veto with its date, record, members and where it is in the source", () => {
    expect(result.vetoes[1]).toEqual({
      draft: "S/2003/980",
      date: "2003-10-14",
      meetingNumber: 4997,
      records: ["S/PV.4997"],
      vetoedByNames: ["USA"],
      agendaItem: "Middle East situation, including the Palestinian question",
      evidence: { file: "fixtures/veto-list.html", row: 2, line: 28, start: expect.any(Number), end: expect.any(Number) },
    });
    const { start, end } = result.vetoes[1]?.evidence ?? { start: 0, end: 0 };
    expect(html.slice(start, end)).toMatch(/^<tr><td>14 October 2003[\s\S]*<\/tr>$/);
  });

  it("reads members on separate lines or after commas, and videoconference letters as the record", () => {
    expect(result.vetoes[0]).toMatchObject({ vetoedByNames: ["China", "Russian Federation"], records: ["S/2020/693", "S/2020/681"] });
    expect(result.vetoes[0]?.meetingNumber).toBeUndefined();
    expect(result.vetoes[4]).toMatchObject({ draft: "S/552", draftNote: "S/PV.202", vetoedByNames: ["France", "USSR"] });
  });

  it("reads date ranges and two-digit years, and reports both", () => {
    expect(result.vetoes[2]).toMatchObject({ date: "2001-03-27", endDate: "2001-03-28" });
    expect(result.vetoes[3]).toMatchObject({ date: "1986-01-30" });
    expect(result.problems.filter((problem) => problem.line !== 52).map((problem) => `${problem.line}:${problem.code}`)).toEqual(["34:date-range", "40:short-year"]);
  });

  it("reports a row that is not a veto, with its line and text", () => {
    expect(result.problems.filter((problem) => problem.line === 52).map((problem) => problem.code)).toEqual(["bad-date", "bad-draft", "unknown-vetoer", "unparsed-row"]);
    expect(result.problems.at(-1)?.excerpt).toBe("sometime | no symbol here | | A row that is not a veto |");
  });

  it("never throws on arbitrary strings or table-ish HTML", () => {
    const pieces = fc.constantFrom("<table>", "<tr>", "<td>", "</td>", "</tr>", "<th>Date</th>", "<th>Draft</th>", "<th>Permanent Member</th>", "<br>", "26 May 2022", "30 January 86", "S/2022/431", "S/PV.9048", "China", "--");
    const input = fc.oneof(fc.string({ maxLength: 300 }), fc.array(fc.oneof(pieces, fc.string({ maxLength: 8 })), { maxLength: 60 }).map((parts) => parts.join("")));
    fc.assert(fc.property(input, (text) => {
      const parsed = parseVetoTable(text, { file: "x" });
      expect(Array.isArray(parsed.vetoes) && Array.isArray(parsed.problems)).toBe(true);
      expect(parsed.problems.map((problem) => problem.code)).not.toContain("internal-error");
    }), { numRuns: 400 });
  });
});

const vetoOutcome = (symbol: string, vetoedByNames: string[]): TableOutcome => ({ kind: "vetoed-draft", symbol, vetoedByNames, notParticipatingNames: [] });
const meeting = (id: number, date: string, outcomes: TableOutcome[]): TableMeeting => ({
  id: String(id),
  kind: "meeting",
  number: id,
  date,
  closed: false,
  topics: ["Middle East"],
  records: { verbatim: `S/PV.${id}`, corrigenda: [], pressReleases: [] },
  outcomes,
  evidence: { file: "scact2003_table_en.html", row: 1, line: 100 + id, start: 0, end: 1, rows: [1] },
});
const listed = (draft: string, date: string, vetoedByNames: string[], meetingNumber?: number): VetoRecord => ({
  draft,
  date,
  ...(meetingNumber !== undefined ? { meetingNumber } : {}),
  records: meetingNumber !== undefined ? [`S/PV.${meetingNumber}`] : [],
  vetoedByNames,
  agendaItem: "Middle East",
  evidence: { file: "scact_veto_table_en.html", row: 1, line: 7, start: 0, end: 1 },
});

describe("crossCheckVetoes", () => {
  it("finds nothing when both lists agree, whatever the members are called", () => {
    const meetings = [meeting(4842, "2003-10-14", [vetoOutcome("S/2003/980", ["USA"])]), meeting(4900, "2003-12-01", [])];
    expect(crossCheckVetoes(meetings, [listed("S/2003/980", "2003-10-14", ["United States"], 4842)])).toEqual([]);
  });

  it("looks only at the veto list's entries for the years of the meetings given", () => {
    const meetings = [meeting(4842, "2003-10-14", [vetoOutcome("S/2003/980", ["USA"])])];
    const vetoes = [listed("S/2003/980", "2003-10-14", ["USA"], 4842), listed("S/2004/240", "2004-03-25", ["USA"], 4934)];
    expect(crossCheckVetoes(meetings, vetoes)).toEqual([]);
  });

  it("reports a draft vetoed in a year table that the veto list lacks, at the meeting's line", () => {
    const problems = crossCheckVetoes([meeting(4842, "2003-10-14", [vetoOutcome("S/2003/980", ["USA"])])], []);
    expect(problems).toEqual([
      {
        file: "scact2003_table_en.html",
        line: 4942,
        code: "veto-mismatch",
        message: "crossCheckVetoes: draft S/2003/980 at meeting 4842 (2003-10-14, vetoed by USA) is not in the veto list",
        excerpt: "Middle East",
      },
    ]);
  });

  it("reports a listed veto that no year table shows, at the veto list's line", () => {
    const problems = crossCheckVetoes([meeting(4900, "2003-12-01", [])], [listed("S/2003/891", "2003-09-16", ["USA"], 4828)]);
    expect(problems.map((problem) => [problem.file, problem.line, problem.code])).toEqual([["scact_veto_table_en.html", 7, "veto-mismatch"]]);
    expect(problems[0]?.message).toContain("S/2003/891 vetoed on 2003-09-16 by USA is in the veto list but not vetoed in the year tables");
  });

  it("reports different members, dates and meetings for the same draft", () => {
    const problems = crossCheckVetoes([meeting(1069, "1963-09-13", [vetoOutcome("S/5407", ["USSR"])])], [listed("S/5407", "1963-09-03", ["USSR", "France"], 1063)]);
    expect(problems.map((problem) => problem.message)).toEqual([
      "crossCheckVetoes: draft S/5407 is vetoed by USSR in the year table but USSR, France in the veto list",
      "crossCheckVetoes: draft S/5407 is dated 1963-09-13 in the year table but 1963-09-03 in the veto list",
      "crossCheckVetoes: draft S/5407 is at meeting 1069 in the year table but S/PV.1063 in the veto list",
    ]);
  });

  it("pairs repeated symbols by meeting and reports a revision mismatch once", () => {
    const meetings = [
      meeting(57, "1946-08-29", [vetoOutcome("S/PV.57", ["USSR"]), vetoOutcome("S/PV.57", ["USSR"])]),
      meeting(2686, "1946-05-23", [vetoOutcome("S/18087", ["UK", "USA"])]),
    ];
    const vetoes = [listed("S/PV.57", "1946-08-29", ["USSR"], 57), listed("S/PV.57", "1946-08-29", ["USSR"], 57), listed("S/18087/Rev.1", "1946-05-23", ["UK", "USA"], 2686)];
    expect(crossCheckVetoes(meetings, vetoes).map((problem) => problem.message)).toEqual([
      "crossCheckVetoes: draft S/18087/Rev.1 is S/18087 in the year table but S/18087/Rev.1 in the veto list",
    ]);
  });
});
