import { describe, expect, it } from "vitest";
import type { TableStats } from "./buildDataset";
import { checkSources, manifestOf } from "./sourceManifest";

// 1990's table as the last run read it (70 meetings, S/PV.2904–2973) and the veto list.
const table1990: TableStats = { file: "sources/un-meetings-tables/scact1990_table_en.html", year: 1990, rows: 72, rowsParsed: 72, meetings: 70, firstMeeting: 2904, lastMeeting: 2973, problems: 1 };
const vetoStats = { file: "sources/un-meetings-tables/scact_veto_table_en.html", rows: 213, vetoes: 213 };
const manifest = manifestOf({ tableStats: [table1990], vetoStats });
const check = (tableStats: TableStats[], veto: typeof vetoStats | null = vetoStats) => checkSources(manifest, { tableStats, ...(veto ? { vetoStats: veto } : {}) });

describe("checkSources", () => {
  it("passes what the manifest records", () => expect(check([table1990])).toEqual([]));

  it("names a missing table", () => {
    expect(check([])).toEqual([{ file: table1990.file, kind: "missing", message: `${table1990.file}: missing (the manifest expects 72 rows)` }]);
  });

  it("calls a table cut in half truncated", () => {
    const [finding] = check([{ ...table1990, rows: 36, rowsParsed: 36, meetings: 34, lastMeeting: 2938 }]);
    expect(finding).toMatchObject({ kind: "invalid", file: table1990.file });
    expect(finding!.message).toContain("truncated");
  });

  it("calls a table whose rows no longer read garbled", () => {
    expect(check([{ ...table1990, rowsParsed: 3, meetings: 3 }])[0]).toMatchObject({ kind: "invalid", message: expect.stringContaining("garbled") });
    expect(check([{ ...table1990, rows: 0, rowsParsed: 0, meetings: 0 }])[0]).toMatchObject({ kind: "invalid" });
  });

  it("calls a table that lost its first meetings invalid, though as long", () => {
    expect(check([{ ...table1990, firstMeeting: 2910 }])[0]).toMatchObject({ kind: "invalid", message: expect.stringContaining("covers meetings 2910–2973") });
  });

  it("accepts a table that grew, and says so", () => expect(check([{ ...table1990, rows: 75, rowsParsed: 75, meetings: 73, lastMeeting: 2976 }])[0]).toMatchObject({ kind: "grown" }));

  it("makes a missing or emptied veto list an error", () => {
    expect(check([table1990], null)).toEqual([{ file: vetoStats.file, kind: "missing", message: `${vetoStats.file}: the veto list is missing` }]);
    expect(check([table1990], { ...vetoStats, rows: 0, vetoes: 0 })[0]).toMatchObject({ kind: "invalid" });
  });
});
