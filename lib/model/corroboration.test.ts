import { describe, expect, it } from "vitest";
import { corroborate, sameStatedFact } from "./corroboration";
import type { Evidence, Participation } from "./schema";

// The veto of S/2003/891 at the 4828th meeting (16 September 2003), as data/ has it from
// the UN table, and as a Repertoire item states it.
const table: Evidence = { source: "un-meetings-table", file: "sources/un-meetings-tables/scact2003_table_en.html", line: 497, row: 67 };
const repertoire: Evidence = { source: "repertoire", file: "repertoire/item-38.txt", item: 38, line: 7 };
const imported: Evidence = { source: "imported", file: "item-38.txt", item: 38, line: 7, importId: "imp-1", importedAt: "2026-11-30T08:00:00.000Z" };
const tableVeto: Participation = { id: "4828|vetoed|state:USA", meetingId: "4828", entityId: "state:USA", role: "vetoed", note: "S/2003/891", evidence: table, certainty: "stated" };
const told = (draft: string, evidence = repertoire): Participation => ({ ...tableVeto, id: `4828|vetoed|state:USA|${draft}`, note: `vetoed ${draft}`, evidence });

describe("sameStatedFact", () => {
  it("matches a vote the table states with the Repertoire's on the same draft, either way round", () => {
    expect(sameStatedFact(tableVeto, told("S/2003/891"))).toBe(true);
    expect(sameStatedFact(told("S/2003/891"), tableVeto)).toBe(true);
    expect(sameStatedFact({ ...tableVeto, note: "S/2003/500, S/2003/891" }, told("S/2003/891"))).toBe(true);
  });

  it("keeps apart another draft, another state, another role, and anything inferred", () => {
    expect(sameStatedFact(tableVeto, told("S/2003/980"))).toBe(false);
    expect(sameStatedFact(tableVeto, { ...told("S/2003/891"), id: "4828|vetoed|state:GBR|S/2003/891", entityId: "state:GBR" })).toBe(false);
    expect(sameStatedFact(tableVeto, { ...told("S/2003/891"), id: "4828|abstained|state:USA|S/2003/891", role: "abstained" })).toBe(false);
    expect(sameStatedFact(tableVeto, { ...told("S/2003/891"), certainty: "inferred" })).toBe(false);
    // Two Repertoire accounts of different drafts name them in their ids.
    expect(sameStatedFact(told("S/2003/891"), told("S/2003/980"))).toBe(false);
  });
});

describe("corroborate", () => {
  it("keeps the first record of a fact and adds the others' evidence to it, once each", () => {
    const [veto, ...rest] = corroborate([tableVeto, told("S/2003/891"), told("S/2003/891", imported), told("S/2003/891", imported)]);
    expect(rest).toEqual([]);
    expect(veto).toEqual({ ...tableVeto, corroboratedBy: [repertoire, imported] });
  });

  it("leaves records of different facts as they are, in order, and the same record twice once", () => {
    const other = told("S/2003/980");
    const inferred: Participation = { id: "4828|president|state:GBR|inferred", meetingId: "4828", entityId: "state:GBR", role: "president", evidence: { source: "inferred" }, certainty: "inferred" };
    expect(corroborate([tableVeto, other, inferred, inferred])).toEqual([tableVeto, other, inferred]);
    expect(corroborate([tableVeto, tableVeto])).toEqual([tableVeto]);
  });

  it("names a second file's account of a record the first already holds", () => {
    const invited: Participation = { id: "4828|invited|state:BIH", meetingId: "4828", entityId: "state:BIH", role: "invited", evidence: repertoire, certainty: "stated" };
    expect(corroborate([invited, { ...invited, evidence: imported }])).toEqual([{ ...invited, corroboratedBy: [imported] }]);
  });
});
