// The parsers against the real UN library tables, 1946–2022, and the veto list. Runs
// when the sources are found (vitest.config.ts leaves it out, saying so, when they are not).

import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { requireSources } from "@/scripts/sources/locateSources";
import { parseMeetingsTable, type MeetingsTableResult, type TableMeeting } from "./meetingsTable";
import { crossCheckVetoes, parseVetoTable } from "./vetoTable";

const tablesDir = path.join(requireSources(), "sources", "un-meetings-tables");

interface YearTable {
  file: string;
  year: number;
  result: MeetingsTableResult;
}

const read = (file: string) => readFileSync(path.join(tablesDir, file), "utf8");
const tables: YearTable[] = readdirSync(tablesDir)
  .filter((file) => /^scact\d{4}(_covid)?_table_en\.html$/.test(file))
  .sort()
  .map((file) => {
    const year = Number(/\d{4}/.exec(file)?.[0]);
    return { file, year, result: parseMeetingsTable(read(file), { file, year }) };
  });
const table = (file: string): YearTable => {
  const found = tables.find((candidate) => candidate.file === file);
  if (!found) throw new Error(`no ${file} in ${tablesDir}`);
  return found;
};
const meetingsOf = (file: string) => table(file).result.meetings;
const meeting = (file: string, id: string): TableMeeting => {
  const found = meetingsOf(file).find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no meeting ${id} in ${file}`);
  return found;
};

// Rows of 1994–2022 that parse but carry a notice, each a quirk of the source itself.
const KNOWN_NOTICES_1994_2022 = [
  "scact2002_table_en.html:1523:date-range", // S/PV.4503 dated "29 + 30 March"
  "scact2011_table_en.html:991:duplicate-row", // S/PV.6576 listed twice, identically
  "scact2020_covid_table_en.html:12:title-year-mismatch", // the 2020 videoconference table is titled 2021
  "scact2020_covid_table_en.html:192:split-meeting", // S/PV.8773 on 11 and on 12 November ("[resumed meeting]")
  "scact2021_table_en.html:1270:outcome-without-symbol", // S/PV.8823 gives only the vote "2-0-13"
];

describe("the meetings tables of 1946–2022", () => {
  it("are all there: one file a year from 1946 to 2022 and the 2020 videoconference table", () => {
    const years = tables.map((entry) => entry.year);
    expect(tables).toHaveLength(78);
    expect(new Set(years).size).toBe(77);
    expect([Math.min(...years), Math.max(...years)]).toEqual([1946, 2022]);
    expect(tables.filter((entry) => entry.year === 2020).map((entry) => entry.file)).toEqual(["scact2020_covid_table_en.html", "scact2020_table_en.html"]);
  });

  it("have 9,564 data rows, every one read, 9,549 cleanly, giving 9,467 meetings", () => {
    const lines = tables.map(({ file, result }) => {
      const codes = [...new Set(result.problems.map((problem) => problem.code))].join(",");
      return `${file.padEnd(30)} rows ${String(result.rowCount).padStart(3)} parsed ${String(result.rowsParsed).padStart(3)} clean ${String(result.rowsClean).padStart(3)} meetings ${String(result.meetings.length).padStart(3)} problems ${result.problems.length}${codes ? ` (${codes})` : ""}`;
    });
    console.log(lines.join("\n"));
    const sum = (entries: YearTable[], pick: (result: MeetingsTableResult) => number) => entries.reduce((total, entry) => total + pick(entry.result), 0);
    const totals = (entries: YearTable[]) => ({
      rows: sum(entries, (r) => r.rowCount),
      parsed: sum(entries, (r) => r.rowsParsed),
      clean: sum(entries, (r) => r.rowsClean),
      meetings: sum(entries, (r) => r.meetings.length),
      problems: sum(entries, (r) => r.problems.length),
    });
    const era = (from: number, to: number) => totals(tables.filter((entry) => entry.year >= from && entry.year <= to));
    expect(totals(tables)).toEqual({ rows: 9564, parsed: 9564, clean: 9549, meetings: 9467, problems: 17 });
    expect(era(1946, 1993)).toEqual({ rows: 3419, parsed: 3419, clean: 3408, meetings: 3326, problems: 12 });
    expect(era(1994, 2019)).toEqual({ rows: 5674, parsed: 5674, clean: 5672, meetings: 5671, problems: 2 });
    expect(era(2020, 2022)).toEqual({ rows: 471, parsed: 471, clean: 469, meetings: 470, problems: 3 });
  });

  it("begin with S/PV.1 on 17 January 1946; the 2022 table stops at S/PV.9085 on 30 June 2022", () => {
    expect(meeting("scact1946_table_en.html", "1")).toMatchObject({ number: 1, date: "1946-01-17", closed: false });
    expect(meetingsOf("scact2022_table_en.html").map((m) => m.date).sort().at(-1)).toBe("2022-06-30");
    expect(meeting("scact2022_table_en.html", "9085")).toMatchObject({ date: "2022-06-30" });
  });

  it("read every row of 1994–2022 as a meeting, a continuation or a videoconference, with only the known notices", () => {
    const modern = tables.filter((entry) => entry.year >= 1994);
    for (const { file, result } of modern) expect({ file, parsed: result.rowsParsed }).toEqual({ file, parsed: result.rowCount });
    const notices = modern.flatMap(({ result }) => result.problems.map((problem) => `${problem.file}:${problem.line}:${problem.code}`));
    expect(notices).toEqual(KNOWN_NOTICES_1994_2022);
  });

  it("read at least 99.5 % of all rows of 1946–2022 cleanly and report every other row with its file and line", () => {
    const rows = tables.reduce((total, entry) => total + entry.result.rowCount, 0);
    const clean = tables.reduce((total, entry) => total + entry.result.rowsClean, 0);
    expect(clean / rows).toBeGreaterThanOrEqual(0.995);
    for (const { file, result } of tables) {
      const rowProblems = result.problems.filter((problem) => problem.code !== "title-year-mismatch");
      expect(new Set(rowProblems.map((problem) => problem.line)).size, file).toBeGreaterThanOrEqual(result.rowCount - result.rowsClean);
      for (const problem of result.problems) {
        expect(problem.file).toBe(file);
        expect(problem.line).toBeGreaterThan(0);
        expect(problem.excerpt.length).toBeLessThanOrEqual(160);
      }
    }
  });

  it("find every resolution from 1 to 2640 once, except two the tables mistype", () => {
    const numbers = tables.flatMap(({ result }) =>
      result.meetings.flatMap((m) => m.outcomes.filter((o) => o.kind === "resolution").map((o) => Number(/S\/RES\/(\d+)/.exec(o.symbol ?? "")?.[1]))),
    );
    const missing = Array.from({ length: 2640 }, (_, i) => i + 1).filter((n) => !numbers.includes(n));
    // 1990 gives 666 as a second "S/RES/663"; 1991 gives 695 as a second "S/RES/701".
    expect(missing).toEqual([666, 695]);
    expect(numbers.length).toBe(2640);
    expect(table("scact1990_table_en.html").result.problems.map((p) => p.code)).toContain("duplicate-outcome");
  });
});

describe("the 2003 table", () => {
  const file = "scact2003_table_en.html";
  const { result } = table(file);
  const outcomes = result.meetings.flatMap((m) => m.outcomes);

  it("has 223 data rows, all read cleanly, with 31 closed meetings and 14 resumptions", () => {
    expect(result).toMatchObject({ rowCount: 223, rowsParsed: 223, rowsClean: 223, problems: [] });
    expect(result.meetings.filter((m) => m.closed)).toHaveLength(31);
    expect(result.meetings.filter((m) => m.resumption !== undefined)).toHaveLength(14);
  });

  it("runs from 4684 (and its resumption) on 14 January to 4891 on 22 December", () => {
    const dates = result.meetings.map((m) => m.date).sort();
    expect([dates[0], dates.at(-1)]).toEqual(["2003-01-14", "2003-12-22"]);
    expect(result.meetings.filter((m) => m.date === "2003-01-14").map((m) => m.id).sort()).toEqual(["4684", "4684-R1"]);
    expect(Math.max(...result.meetings.map((m) => m.number ?? 0))).toBe(4891);
    expect(meeting(file, "4891").date).toBe("2003-12-22");
  });

  it("dates 4694 on 28 January with S/RES/1459 (2003) adopted 15-0-0", () => {
    expect(meeting(file, "4694")).toMatchObject({ date: "2003-01-28", outcomes: [{ kind: "resolution", symbol: "S/RES/1459 (2003)", vote: { for: 15, against: 0, abstain: 0 } }] });
  });

  it("has the USA vetoing draft S/2003/980 at 4842, 10-1-4", () => {
    expect(meeting(file, "4842").outcomes).toEqual([
      { kind: "vetoed-draft", symbol: "S/2003/980", vote: { for: 10, against: 1, abstain: 4 }, vetoedByNames: ["USA"], notParticipatingNames: [] },
    ]);
  });

  it("has 4761 adopt S/RES/1483 (2003) 14-0-0 without the Syrian Arab Republic", () => {
    expect(meeting(file, "4761").outcomes).toEqual([
      { kind: "resolution", symbol: "S/RES/1483 (2003)", vote: { for: 14, against: 0, abstain: 0 }, vetoedByNames: [], notParticipatingNames: ["Syrian Arab Republic"] },
    ]);
  });

  it("has the USA vetoing at 4828 on 16 September, 11-1-3", () => {
    expect(meeting(file, "4828")).toMatchObject({ date: "2003-09-16", outcomes: [{ kind: "vetoed-draft", symbol: "S/2003/891", vetoedByNames: ["USA"], vote: { for: 11, against: 1, abstain: 3 } }] });
  });

  it("counts 67 resolutions, S/RES/1455 to 1521, and 30 presidential statements", () => {
    const resolutions = outcomes.filter((o) => o.kind === "resolution").map((o) => Number(/S\/RES\/(\d+) \(2003\)/.exec(o.symbol ?? "")?.[1]));
    expect(resolutions.sort((a, b) => a - b)).toEqual(Array.from({ length: 67 }, (_, i) => 1455 + i));
    expect(outcomes.filter((o) => o.kind === "presidential-statement")).toHaveLength(30);
  });

  it("splits 4820 into Parts I and II", () => {
    expect(meeting(file, "4820-P1")).toMatchObject({ number: 4820, part: 1, date: "2003-09-09" });
    expect(meeting(file, "4820-P2")).toMatchObject({ number: 4820, part: 2, date: "2003-09-12", outcomes: [{ symbol: "S/RES/1506 (2003)" }] });
  });

  it("gives each closed meeting's communiqué the record it links to", () => {
    expect(meeting(file, "4884")).toMatchObject({ closed: true, outcomes: [{ kind: "communique", symbol: "S/PV.4884" }] });
  });
});

describe("the veto list", () => {
  const vetoFile = "scact_veto_table_en.html";
  const { vetoes, problems, rowCount } = parseVetoTable(read(vetoFile), { file: vetoFile });
  const allMeetings = tables.flatMap((entry) => entry.result.meetings);

  it("reads every row, noting date ranges and the one two-digit year", () => {
    expect(rowCount).toBe(213);
    expect(vetoes).toHaveLength(213);
    expect([...new Set(problems.map((problem) => problem.code))].sort()).toEqual(["date-range", "short-year"]);
  });

  it("agrees with the 2003 table", () => {
    const in2003 = allMeetings.filter((m) => m.date.startsWith("2003"));
    expect(crossCheckVetoes(in2003, vetoes)).toEqual([]);
    expect(vetoes.filter((veto) => veto.date.startsWith("2003")).map((veto) => veto.draft).sort()).toEqual(["S/2003/891", "S/2003/980"]);
  });

  it("disagrees with the year tables of 1946–2022 only where the sources do", () => {
    const mismatches = crossCheckVetoes(allMeetings, vetoes);
    console.log(mismatches.map((problem) => `${problem.file}:${problem.line} ${problem.message}`).join("\n"));
    expect(mismatches.every((problem) => problem.code === "veto-mismatch")).toBe(true);
    expect(mismatches.map((problem) => `${problem.file}:${problem.line}`)).toEqual([
      "scact_veto_table_en.html:845", // S/5407: 3 September 1963, S/PV.1063 in the list; 13 September, S/PV.1069 in the year table
      "scact_veto_table_en.html:845",
      "scact_veto_table_en.html:1289", // S/PV.49 (1946): France and USSR in the list, USSR alone in the year table
      "scact_veto_table_en.html:438", // S/18087/Rev.1 in the list, S/18087 in the 1986 table
      "scact_veto_table_en.html:797", // S/10416 (1971): the year table has no outcome for S/PV.1606
      "scact_veto_table_en.html:851", // S/5134 (1962): "not adopted" in the year table
      "scact1972_table_en.html:200", // S/10768 "vetoed by USSR" 3-3-9, not in the list
      "scact1974_table_en.html:53", // S/11400 vetoed again at S/PV.1808 in the year table; once (S/PV.1788) in the list
    ]);
  });
});
