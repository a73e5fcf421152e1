import { describe, expect, it } from "vitest";
import { parseMeetingsCsv } from "./meetingsCsv";

const header = "meeting,date,topic,outcome,participant,role,on_behalf_of,capacity,note";

describe("parseMeetingsCsv", () => {
  it("reads rows by the header's column names, quoted fields with commas, quotes and line breaks", () => {
    const text = `${header}\r\n4808,2003-08-14,Iraq-Kuwait,S/RES/1500 (2003),Syrian Arab Republic,abstained,,,\n4761,2003-05-22,"Iraq-Kuwait, termination of sanctions",,"Spain",sponsor,,,"a ""quoted"" note\nover two lines"\n`;
    const result = parseMeetingsCsv(text, { file: "notes.csv" });
    expect(result.problems).toEqual([]);
    expect(result.rows).toEqual([
      { line: 2, values: { meeting: "4808", date: "2003-08-14", topic: "Iraq-Kuwait", outcome: "S/RES/1500 (2003)", participant: "Syrian Arab Republic", role: "abstained" } },
      { line: 3, values: { meeting: "4761", date: "2003-05-22", topic: "Iraq-Kuwait, termination of sanctions", participant: "Spain", role: "sponsor", note: 'a "quoted" note\nover two lines' } },
    ]);
  });

  it("skips a row with the wrong number of fields and says where", () => {
    const result = parseMeetingsCsv(`${header}\n4808,2003-08-14,Iraq-Kuwait\n`, { file: "short.csv" });
    expect(result.rows).toEqual([]);
    expect(result.problems).toMatchObject([{ file: "short.csv", line: 2, code: "csv-column-count" }]);
  });

  it("reports a file cut short inside a quoted field", () => {
    const result = parseMeetingsCsv(`${header}\n4808,2003-08-14,Iraq-Kuwait,,Syria,abstained,,,\n4761,2003-05-22,"Iraq-Kuw`, { file: "cut.csv" });
    expect(result.rows.map((r) => r.values.meeting)).toEqual(["4808"]);
    expect(result.problems).toMatchObject([{ line: 3, code: "csv-truncated" }]);
  });

  it("needs the meeting and date columns", () => {
    expect(parseMeetingsCsv("name,when\nx,y\n", { file: "other.csv" }).problems.map((p) => p.code)).toEqual(["csv-unknown-column", "csv-missing-column"]);
    expect(parseMeetingsCsv("", { file: "empty.csv" }).problems.map((p) => p.code)).toEqual(["csv-empty"]);
  });
});
