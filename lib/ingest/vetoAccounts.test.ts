import { describe, expect, it } from "vitest";
import type { Meeting, Outcome } from "@/lib/model/schema";
import type { VetoRecord } from "@/lib/sources/vetoTable";
import { reconcileVetoes } from "./vetoAccounts";

// The disagreements of the real sources, in small: 1946 (France missing), 1962 (a veto the
// year table calls not adopted), 1971 (a veto only the list has), 1972 (a veto only the year table has).
const ids: Record<string, string> = { USSR: "state:SUN", France: "state:FRA", China: "state:CHN" };
const resolve = (names: readonly string[]) => names.map((name) => ids[name]!);
const meeting = (id: string, date: string, outcomes: Outcome[]): Meeting => ({
  id, kind: "meeting", number: Number(id), date, topic: "t", topics: ["t"], closed: false, subjectArea: "europe",
  records: { corrigenda: [], pressReleases: [] }, outcomes, sources: [{ source: "un-meetings-table", row: 1 }],
});
const draft = (kind: Outcome["kind"], symbol: string, vetoedBy: string[] = []): Outcome => ({ kind, symbol, vetoedBy, notParticipating: [], vote: { for: 7, against: 2, abstain: 2 } });
const veto = (draftSymbol: string, date: string, meetingNumber: number, vetoedByNames: string[]): VetoRecord => ({
  draft: draftSymbol, date, meetingNumber, records: [`S/PV.${meetingNumber}`], vetoedByNames, agendaItem: "a", evidence: { file: "sources/un-meetings-tables/scact_veto_table_en.html", row: 1, line: 1, start: 0, end: 1 },
});

function reconcile(meetings: Meeting[], vetoes: VetoRecord[]) {
  const byId = new Map(meetings.map((m) => [m.id, m]));
  const disagreements = reconcileVetoes(byId, vetoes, resolve);
  return { byId, disagreements };
}

describe("reconcileVetoes", () => {
  it("changes nothing where both accounts agree", () => {
    const { byId, disagreements } = reconcile([meeting("1660", "1972-08-25", [draft("vetoed-draft", "S/10771", ["state:CHN"])])], [veto("S/10771", "1972-08-25", 1660, ["China"])]);
    expect(disagreements).toEqual([]);
    expect(byId.get("1660")!.outcomes[0]!.vetoAccounts).toBeUndefined();
  });

  it("follows the veto list on who vetoed, keeping both accounts (1946: France and the USSR)", () => {
    const { byId, disagreements } = reconcile([meeting("49", "1946-06-26", [draft("vetoed-draft", "S/PV.49", ["state:SUN"])])], [veto("S/PV.49", "1946-06-26", 49, ["France", "USSR"])]);
    const outcome = byId.get("49")!.outcomes[0]!;
    expect(outcome.vetoedBy).toEqual(["state:FRA", "state:SUN"]);
    expect(outcome.vetoAccounts?.map((account) => [account.source, account.vetoedBy])).toEqual([
      ["un-meetings-table", ["state:SUN"]],
      ["un-veto-table", ["state:FRA", "state:SUN"]],
    ]);
    expect(disagreements).toEqual([{ meetingId: "49", draft: "S/PV.49", what: "the vetoing members differ" }]);
  });

  it("makes a draft the year table calls not adopted a vetoed one when the list says so (1962)", () => {
    const { byId } = reconcile([meeting("1016", "1962-06-22", [draft("draft-not-adopted", "S/5134")])], [veto("S/5134", "1962-06-22", 1016, ["USSR"])]);
    expect(byId.get("1016")!.outcomes[0]).toMatchObject({ kind: "vetoed-draft", vetoedBy: ["state:SUN"] });
  });

  it("adds a veto only the list records to the meeting it names (1971)", () => {
    const { byId, disagreements } = reconcile([meeting("1606", "1971-12-04", [])], [veto("S/10416", "1971-12-04", 1606, ["USSR"])]);
    expect(byId.get("1606")!.outcomes).toEqual([expect.objectContaining({ kind: "vetoed-draft", symbol: "S/10416", vetoedBy: ["state:SUN"] })]);
    expect(disagreements[0]!.what).toBe("only the veto list records this veto");
  });

  it("makes a veto only the year table records a draft not adopted, keeping its account (1972)", () => {
    const { byId, disagreements } = reconcile([meeting("1660", "1972-08-25", [draft("vetoed-draft", "S/10768", ["state:SUN"])])], []);
    const outcome = byId.get("1660")!.outcomes[0]!;
    expect(outcome).toMatchObject({ kind: "draft-not-adopted", vetoedBy: [] });
    expect(outcome.vetoAccounts?.[0]).toMatchObject({ source: "un-meetings-table", vetoedBy: ["state:SUN"] });
    expect(disagreements).toEqual([{ meetingId: "1660", draft: "S/10768", what: "only the year table records this veto" }]);
  });
});
