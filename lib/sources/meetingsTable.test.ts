import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseMeetingsTable, type MeetingsTableResult, type TableMeeting } from "./meetingsTable";

const fixture = (name: string) => readFileSync(path.resolve(__dirname, "fixtures", name), "utf8");
const parseFixture = (name: string, year: number) => parseMeetingsTable(fixture(name), { file: `fixtures/${name}`, year });
const byId = (result: MeetingsTableResult, id: string): TableMeeting => {
  const meeting = result.meetings.find((candidate) => candidate.id === id);
  if (!meeting) throw new Error(`no meeting ${id} in ${result.meetings.map((m) => m.id).join(", ")}`);
  return meeting;
};
const codes = (result: MeetingsTableResult) => result.problems.map((problem) => `${problem.line}:${problem.code}`);

describe("parseMeetingsTable on a five-column table (1994-2019)", () => {
  const result = parseFixture("meetings-modern.html", 2003);

  it("reads every data row and reports only the two-day date", () => {
    expect(result).toMatchObject({ rowCount: 10, rowsParsed: 10, rowsClean: 9 });
    expect(codes(result)).toEqual(["90:date-range"]);
  });

  it("reads a meeting with a resolution and a presidential statement in one cell", () => {
    expect(byId(result, "5001")).toEqual({
      id: "5001",
      kind: "meeting",
      number: 5001,
      date: "2003-12-22",
      closed: false,
      topics: ["Middle East \u2014 UNDOF"],
      records: { verbatim: "S/PV.5001", corrigenda: [], pressReleases: ["SC/9001"] },
      outcomes: [
        { kind: "resolution", symbol: "S/RES/1600 (2003)", vote: { for: 15, against: 0, abstain: 0 }, vetoedByNames: [], notParticipatingNames: [] },
        { kind: "presidential-statement", symbol: "S/PRST/2003/40", vetoedByNames: [], notParticipatingNames: [] },
      ],
      evidence: { file: "fixtures/meetings-modern.html", row: 1, line: 17, start: expect.any(Number), end: expect.any(Number), rows: [1] },
    });
  });

  it("points evidence offsets at the row in the source", () => {
    const html = fixture("meetings-modern.html");
    const { start, end } = byId(result, "5001").evidence;
    expect(html.slice(start, end)).toMatch(/^<tr>[\s\S]*S\/PV\.5001[\s\S]*<\/tr>$/);
  });

  it("reads a closed meeting and its communiqué", () => {
    expect(byId(result, "5000")).toMatchObject({ closed: true, records: { pressReleases: [] }, outcomes: [{ kind: "communique", symbol: "S/PV.5000" }] });
  });

  it("reads corrigenda, abbreviated months and decoded entities", () => {
    expect(byId(result, "4999")).toMatchObject({
      date: "2003-09-09",
      topics: ["C\u00f4te d'Ivoire & the region"],
      records: { corrigenda: ["S/PV.4999/Corr.1"], pressReleases: ["SC/8999", "SC/8999/Corr.1"] },
      outcomes: [],
    });
  });

  it("reads a resumption and who did not take part in the vote", () => {
    expect(byId(result, "4998-R1")).toMatchObject({
      resumption: 1,
      records: { verbatim: "S/PV.4998 (Resumption 1)" },
      outcomes: [{ kind: "resolution", vote: { for: 14, against: 0, abstain: 0 }, notParticipatingNames: ["Syrian Arab Republic"] }],
    });
  });

  it("reads a draft vetoed by the USA", () => {
    expect(byId(result, "4997").outcomes).toEqual([
      { kind: "vetoed-draft", symbol: "S/2003/980", vote: { for: 10, against: 1, abstain: 4 }, vetoedByNames: ["USA"], notParticipatingNames: [] },
    ]);
  });

  it("keeps the two parts of one meeting apart", () => {
    expect(byId(result, "4996-P1")).toMatchObject({ part: 1, date: "2003-09-09", outcomes: [{ kind: "other", note: "Decision" }] });
    expect(byId(result, "4996-P2")).toMatchObject({ part: 2, date: "2003-09-12", records: { verbatim: "S/PV.4996 (Part II)" } });
  });

  it("folds a meeting listed on two full rows into one, each outcome with its agenda item", () => {
    const meeting = byId(result, "4995");
    expect(meeting.topics).toEqual(["Summit: maintaining peace and security", "Democratic Republic of the Congo"]);
    expect(meeting.outcomes.map((outcome) => [outcome.symbol, outcome.topic])).toEqual([
      ["S/PRST/2003/39", "Summit: maintaining peace and security"],
      ["S/RES/1597 (2003)", "Democratic Republic of the Congo"],
    ]);
    expect(meeting.evidence.rows).toEqual([8, 9]);
  });

  it("dates a meeting over two days from its first and keeps the second", () => {
    expect(byId(result, "4994")).toMatchObject({ date: "2003-03-29", endDate: "2003-03-30", records: { pressReleases: ["SG/2030", "SC/8993"] } });
  });
});

describe("parseMeetingsTable on a four-column table (1946-1993)", () => {
  const result = parseFixture("meetings-early.html", 1948);

  it("counts rows, continuations included, and reports each row it could not read cleanly", () => {
    expect(result).toMatchObject({ rowCount: 10, rowsParsed: 9, rowsClean: 7 });
    expect(codes(result)).toEqual(["32:date-range", "56:extra-cell", "63:bad-date", "63:unparsed-row"]);
    expect(result.problems.find((problem) => problem.code === "bad-date")).toMatchObject({
      file: "fixtures/meetings-early.html",
      message: 'parseTableDate: "31 February" is not a calendar date in 1948',
      excerpt: "S/PV.395 | 31 February | A date that does not exist | --",
    });
  });

  it("continues a meeting through rowspan, one agenda item and outcome per row", () => {
    const meeting = byId(result, "400");
    expect(meeting).toMatchObject({ date: "1948-12-09", topics: ["The Indonesian question", "The Palestine question", "Voting procedure"] });
    expect(meeting.outcomes.map((outcome) => [outcome.kind, outcome.symbol, outcome.topic, outcome.vetoedByNames])).toEqual([
      ["resolution", "S/RES/60 (1948)", "The Indonesian question", []],
      ["vetoed-draft", "S/1100", "The Palestine question", ["USSR"]],
    ]);
    expect(meeting.evidence.rows).toEqual([1, 2, 3]);
  });

  it("continues a meeting through empty record and date cells, as 1948 does", () => {
    const meeting = byId(result, "398");
    expect(meeting.topics).toEqual(["Admission of new Members", "The Hyderabad question"]);
    expect(meeting.outcomes.map((outcome) => [outcome.kind, outcome.note, outcome.topic])).toEqual([
      ["resolution", "adopted unanimously", "Admission of new Members"],
      ["draft-not-adopted", undefined, "The Hyderabad question"],
    ]);
  });

  it("lines an outcome up with the agenda item beside it in a one-row meeting", () => {
    const meeting = byId(result, "397");
    expect(meeting.topics).toEqual(["Credentials of a representative", "The Greek question (S/1001)"]);
    expect(meeting.outcomes[0]).toMatchObject({ symbol: "S/RES/58 (1948)", topic: "The Greek question (S/1001)" });
  });

  it("reads '(closed)' below the symbol, a date range and an old-style presidential statement", () => {
    expect(byId(result, "399")).toMatchObject({ closed: true, date: "1948-10-14", endDate: "1948-10-15" });
    expect(byId(result, "394").outcomes).toEqual([{ kind: "presidential-statement", symbol: "S/13900", vetoedByNames: [], notParticipatingNames: [], note: "Corr.1" }]);
  });
});

describe("parseMeetingsTable on a seven-column table (2020-2021)", () => {
  const result = parseFixture("meetings-videoconference.html", 2020);

  it("keeps open videoconferences, numbered within their day from the earliest", () => {
    expect(result.meetings.map((meeting) => [meeting.id, meeting.kind])).toEqual([
      ["8800", "meeting"],
      ["VTC-2020-07-10-2", "videoconference"],
      ["VTC-2020-07-10-1", "videoconference"],
      ["VTC-2020-03-30-1", "videoconference"],
      ["8700", "meeting"],
    ]);
  });

  it("reads the letters, the recording and the symbol-first draft outcomes", () => {
    expect(byId(result, "VTC-2020-07-10-1")).toMatchObject({
      records: { letters: ["S/2020/693", "S/2020/681"], webcasts: [] },
      outcomes: [{ kind: "vetoed-draft", symbol: "S/2020/667", vetoedByNames: ["China", "Russian Federation"], vote: { for: 13, against: 2, abstain: 0 } }],
    });
    expect(byId(result, "VTC-2020-07-10-2").records.webcasts).toEqual(["http://example.org/watch/vtc-2"]);
    expect(byId(result, "8700").records.webcasts).toEqual(["http://example.org/watch/a", "http://example.org/watch/b"]);
  });

  it("reads a closed videoconference from the topic's remark", () => {
    expect(byId(result, "VTC-2020-03-30-1")).toMatchObject({ closed: true, topics: ["Non-proliferation/Democratic People's Republic of Korea"] });
  });

  it("reports a title of another year and a vote without a document", () => {
    expect(codes(result)).toEqual(["5:title-year-mismatch", "56:outcome-without-symbol"]);
    expect(byId(result, "8700").outcomes).toEqual([{ kind: "other", vote: { for: 2, against: 0, abstain: 13 }, vetoedByNames: [], notParticipatingNames: [] }]);
  });
});

describe("parseMeetingsTable on input that is not a meetings table", () => {
  it("reports a missing table instead of throwing", () => {
    expect(parseMeetingsTable("<p>nothing here</p>", { file: "x.html", year: 2003 })).toEqual({
      meetings: [],
      problems: [{ file: "x.html", line: 1, code: "no-table", message: "parseMeetingsTable: no meetings table in x.html", excerpt: "<p>nothing here</p>" }],
      rowCount: 0,
      rowsParsed: 0,
      rowsClean: 0,
    });
  });

  it("guesses the columns of a table without a header from its width", () => {
    const result = parseMeetingsTable(`<table><tr><td>S/PV.1</td><td>17 January</td><td>The Iranian question</td><td>--</td></tr></table>`, { file: "x", year: 1946 });
    expect(result.meetings.map((meeting) => [meeting.id, meeting.date, meeting.topics])).toEqual([["1", "1946-01-17", ["The Iranian question"]]]);
    expect(codes(result)).toEqual(["1:no-header"]);
  });
});

// Pieces of the tables' markup and text, so generated input looks enough like a table to
// reach the row and cell readers rather than stopping at "no table".
const tableish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th>", "</th>", '<th rowspan="3">', '<td colspan="0">', '<td rowspan="999999">',
        "<br>", "</br>", "<p>", '<a href="https://undocs.org/en/S/PV.4884">', "</a>", "<!--", "-->", "<script>", "\r\n",
        "Meeting Record", "Date", "Press Release", "Topic", "Recording", "Letter with Vote Outcome", "Outcome / Vote",
        "S/PV.4842", "(closed)", "(Resumption 2)", "(Part II)", "+Corr.1", "--", "22 December", "14-15 October", "31 February",
        "SC/7966", "None issued", "S/RES/1459 (2003)", "15-0-0", "99-99-99", "S/PRST/2003/30", "Draft resolution", "S/2003/980",
        "vetoed by", "USA", "not adopted", "Communiqu&eacute;", "(The Syrian Arab Republic did not participate in the voting.)",
        "&mdash;", "&#x1F600;", "&#99999999;", "&eacuterez", "[closed]",
      ),
      fc.string({ maxLength: 12 }),
    ),
    { maxLength: 80 },
  )
  .map((pieces) => pieces.join(""));

// Whole tables in the shapes of the three eras: each cell usually a value of the kind its
// column holds, sometimes another column's value or noise; spans, missing and extra cells
// and missing closing tags included.
const anyCell = fc.oneof(fc.constantFrom("--", "", "S/PV.1", "22 December", "Burundi", "2-0-13", "Decision"), tableish);
const column = (...values: string[]) => fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: anyCell });
const recordCell = column("S/PV.4842", "S/PV.4877 (Resumption 1)", '<a href="https://undocs.org/en/S/PV.4820">S/PV.4820<br>(Part II)</a>', "S/PV.4884(closed)", "S/PV.4881+Corr.1", "--", "");
const dateCell = column("22 December", "09 December", "29 + 30 March", "1 Sep.", "31 February", "");
const pressCell = column("SC/7966", "None issued", "SC/5934 + Corr.1", "SG/2030-SC/6292");
const topicCell = column("Burundi", "Item A<br><br>Item B", "Middle East &mdash; UNDOF [closed]", "UN peacekeeping:<br>Medal");
const outcomeCell = column(
  "--", "S/RES/1521 (2003)<br>15-0-0", "S/PRST/2003/30", 'Draft resolution<a href="x">S/2003/980</a>vetoed by USA<br>10-1-4',
  '<a href="https://undocs.org/en/S/PV.4884">Communiqu&eacute;</a>', "S/2020/654<br>vetoed by China, Russian Federation<br>13-2-0",
  "<br><br>S/RES/12 (1946) <br> 11-0-0", "2-0-13", "Decision", "S/RES/1 (2003) 15-0-0 (France did not participate in the voting.)",
);
const eras = [
  { header: ["Meeting Record", "Date", "Topic", "Outcome / Vote"], cells: [recordCell, dateCell, topicCell, outcomeCell] },
  { header: ["Meeting Record", "Date", "Press Release", "Topic", "Outcome / Vote"], cells: [recordCell, dateCell, pressCell, topicCell, outcomeCell] },
  {
    header: ["Meeting Record", "Date", "Recording", "Topic", "Letter with Vote Procedure", "Letter with Vote Outcome", "Outcome / Vote"],
    cells: [recordCell, dateCell, anyCell, topicCell, anyCell, anyCell, outcomeCell],
  },
];
const span = fc.constantFrom("", "", "", "", ' rowspan="2"', ' rowspan="3"', ' colspan="2"');
const realShapedTable = fc.constantFrom(...eras).chain((era) => {
  const row = fc
    .tuple(fc.tuple(...era.cells.map((cell) => fc.tuple(cell, span))), fc.integer({ min: -2, max: 1 }), fc.boolean())
    .map(([cells, widthChange, closed]) => {
      const kept = cells.slice(0, cells.length + Math.min(0, widthChange)).concat(widthChange > 0 ? [["--", ""]] : []);
      return `<tr>${kept.map(([text, extra]) => `<td${extra}>${text}</td>`).join("")}${closed ? "</tr>" : ""}\n`;
    });
  const header = fc.boolean().map((withHeader) => (withHeader ? `<tr>${era.header.map((label) => `<th>${label}</th>`).join("")}</tr>` : ""));
  return fc.tuple(header, fc.array(row, { minLength: 1, maxLength: 10 })).map(([head, rows]) => `<table>${head}${rows.join("")}</table>`);
});

function expectWellFormed(result: MeetingsTableResult) {
  expect(Array.isArray(result.meetings)).toBe(true);
  expect(Array.isArray(result.problems)).toBe(true);
  // "internal-error" means the parser threw and was caught: a bug, not a source problem.
  expect(result.problems.map((problem) => problem.code)).not.toContain("internal-error");
  expect(result.rowsClean).toBeLessThanOrEqual(result.rowsParsed);
  expect(result.rowsParsed).toBeLessThanOrEqual(result.rowCount);
  for (const meeting of result.meetings) expect(meeting.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  for (const problem of result.problems) expect(problem.excerpt.length).toBeLessThanOrEqual(160);
}

describe("parseMeetingsTable on arbitrary input", () => {
  it("never throws on arbitrary strings and always returns meetings and problems", () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), fc.integer({ min: 1946, max: 2022 }), (html, year) => {
      expectWellFormed(parseMeetingsTable(html, { file: "arbitrary.html", year }));
    }), { numRuns: 300 });
  });

  it("never throws on table-ish HTML and always returns meetings and problems", () => {
    fc.assert(fc.property(tableish, fc.integer({ min: 1946, max: 2022 }), (html, year) => {
      expectWellFormed(parseMeetingsTable(html, { file: "tableish.html", year }));
    }), { numRuns: 500 });
  });

  it("never throws on real-shaped tables whose cells mix real and arbitrary values", () => {
    let withMeetings = 0;
    fc.assert(fc.property(realShapedTable, (html) => {
      const result = parseMeetingsTable(html, { file: "rows.html", year: 2003 });
      expectWellFormed(result);
      if (result.meetings.length > 0) withMeetings++;
    }), { numRuns: 400 });
    // The generator must reach the row readers, not just the "no table" exit.
    expect(withMeetings).toBeGreaterThan(100);
  });
});
