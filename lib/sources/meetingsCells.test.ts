import { describe, expect, it } from "vitest";
import { parseLetterSymbols, parsePressReleases, parseRecordCell, parseTableDate, splitTopics } from "./meetingsCells";

describe("parseRecordCell", () => {
  it("reads a plain meeting record", () => {
    expect(parseRecordCell("S/PV.4739", 2003)).toEqual({
      records: [{ number: 4739, verbatim: "S/PV.4739", corrigenda: [] }],
      videoconference: false,
      closed: false,
      issues: [],
    });
  });

  it.each([
    ["S/PV.4877 (Resumption 1)", 1],
    ["S/PV.7985 (Resumption1)", 1],
    ["S/PV.6950 (Resumption1 )", 1],
    ["S/PV.5629(ResumptionI)", 1],
    ["S/PV.3454 (Resumption 2)", 2],
    ["S/PV.3842 (Resumption)", 1],
    ["S/PV.9042 Resumption 1)", 1],
  ])("reads the resumption in %j as %i", (text, resumption) => {
    const cell = parseRecordCell(text, 2003);
    expect(cell.records[0]?.resumption).toBe(resumption);
    expect(cell.issues).toEqual([]);
  });

  it("reads parts written with roman numerals across a line break", () => {
    const cell = parseRecordCell("S/PV.4820\n(Part II)", 2003);
    expect(cell.records).toEqual([{ number: 4820, part: 2, verbatim: "S/PV.4820 (Part II)", corrigenda: [] }]);
  });

  it("keeps corrigenda as symbols of the record they correct", () => {
    expect(parseRecordCell("S/PV.4734 (Resumption 1)+Corr.1+Corr.2", 2003).records[0]?.corrigenda).toEqual([
      "S/PV.4734 (Resumption 1)/Corr.1",
      "S/PV.4734 (Resumption 1)/Corr.2",
    ]);
  });

  it.each(["S/PV.4884(closed)", "S/PV.223\n(closed)", "S/PV.3294\nclosed", "S/PV.2249\n(privada)", "S/PV.4391 (Resumption 1) (closed)"])(
    "sees %j as a closed meeting",
    (text) => {
      const cell = parseRecordCell(text, 2003);
      expect(cell.closed).toBe(true);
      expect(cell.issues).toEqual([]);
    },
  );

  it("keeps where a meeting was held as a note", () => {
    const cell = parseRecordCell("S/PV.5081(closed) (meeting held in Nairobi)", 2004);
    expect(cell).toMatchObject({ closed: true, note: "meeting held in Nairobi", issues: [] });
  });

  it("reads '--' as an open videoconference with no record", () => {
    expect(parseRecordCell("--", 2020)).toMatchObject({ records: [], videoconference: true, issues: [] });
  });

  it("reports a row that lists two records, and text it does not know", () => {
    expect(parseRecordCell("S/PV.2970 (PartI)\nS/PV.2970 (PartII)", 1990).issues.map((issue) => issue.code)).toEqual(["several-records"]);
    expect(parseRecordCell("S/PV.1 postponed", 1946).issues.map((issue) => issue.code)).toEqual(["unknown-record-text"]);
    expect(parseRecordCell("no symbol", 1946).issues.map((issue) => issue.code)).toEqual(["bad-record"]);
  });
});

describe("parseTableDate", () => {
  it.each([
    ["22 December", "2003-12-22"],
    ["09 December ", "2003-12-09"],
    ["1 Sep.", "2003-09-01"],
    ["29 February", undefined],
  ])("reads %j in 2003 as %s", (text, date) => {
    expect(parseTableDate(text, 2003).date).toBe(date);
  });

  it("takes the year from the table but accepts a full date", () => {
    expect(parseTableDate("29 February", 2004)).toEqual({ date: "2004-02-29", issues: [] });
    expect(parseTableDate("26 May 2022", 2022)).toEqual({ date: "2022-05-26", issues: [] });
  });

  it.each([
    ["14-15 October", "1966-10-14", "1966-10-15"],
    ["22/23 November", "1966-11-22", "1966-11-23"],
    ["29 + 30 March", "1966-03-29", "1966-03-30"],
    ["30 June - 1 July", "1966-06-30", "1966-07-01"],
  ])("reads the range %j from its first day and reports it", (text, date, endDate) => {
    const read = parseTableDate(text, 1966);
    expect(read).toMatchObject({ date, endDate });
    expect(read.issues.map((issue) => issue.code)).toEqual(["date-range"]);
  });

  it("reports a date it cannot read or one of another year", () => {
    expect(parseTableDate("sometime", 2003).issues[0]?.message).toContain('parseTableDate: cannot read "sometime"');
    expect(parseTableDate("2 January 2004", 2003)).toMatchObject({ date: "2004-01-02", issues: [{ code: "date-year-mismatch" }] });
  });
});

describe("parsePressReleases", () => {
  it.each([
    ["SC/7966", ["SC/7966"]],
    ["SC/5934 + Corr.1", ["SC/5934", "SC/5934/Corr.1"]],
    ["SC/6490+SC/6491+Corr.1", ["SC/6490", "SC/6491", "SC/6491/Corr.1"]],
    ["SG/2030-SC/6292", ["SG/2030", "SC/6292"]],
    ["SC/8574/Rev.1", ["SC/8574/Rev.1"]],
    ["SC/6298 (not posted)", ["SC/6298"]],
    ["None issued", []],
    ["none issued", []],
    ["", []],
  ])("reads %j", (text, pressReleases) => {
    expect(parsePressReleases(text)).toEqual({ pressReleases, issues: [] });
  });

  it("reports words it does not know", () => {
    expect(parsePressReleases("see website").issues.map((issue) => issue.code)).toEqual(["unknown-press-release"]);
  });
});

describe("parseLetterSymbols", () => {
  it("finds the letters of a videoconference", () => {
    expect(parseLetterSymbols("S/2021/382\nS/2021/381")).toEqual(["S/2021/382", "S/2021/381"]);
    expect(parseLetterSymbols("--")).toEqual([]);
  });
});

describe("splitTopics", () => {
  it("takes each blank-line block and each new line as an agenda item", () => {
    expect(splitTopics([["Complaint by Lebanon"], ["Complaint by Jordan"]]).topics).toEqual(["Complaint by Lebanon", "Complaint by Jordan"]);
    expect(splitTopics([["The Iranian question", "The Spanish question"]]).topics).toEqual(["The Iranian question", "The Spanish question"]);
  });

  it("joins a line that only continues the one before", () => {
    expect(splitTopics([["UN peacekeeping:", "Dag Hammarskjold Medal"]]).topics).toEqual(["UN peacekeeping: Dag Hammarskjold Medal"]);
    expect(splitTopics([["Election of five members of the International Court of Justice", "( S/2017/619 and S/2017/621)"]]).topics).toEqual([
      "Election of five members of the International Court of Justice ( S/2017/619 and S/2017/621)",
    ]);
  });

  it("reads the 2020 '[closed]' remark as a closed meeting", () => {
    expect(splitTopics([["Non-proliferation/Democratic People's Republic of Korea [closed]"]])).toEqual({
      topics: ["Non-proliferation/Democratic People's Republic of Korea"],
      closed: true,
    });
  });
});
