import { describe, expect, it } from "vitest";
import type { Meeting } from "@/lib/model/schema";
import { outcomeSymbols } from "./meetingsFromTable";
import { voteEdges } from "./voteEdges";

const meeting = (id: string, outcomes: Meeting["outcomes"]): Meeting => ({
  id, kind: "meeting", number: Number(id), date: "1946-06-26", topic: "t", topics: ["t"], closed: false, subjectArea: "europe",
  records: { corrigenda: [], pressReleases: [] }, outcomes, sources: [{ source: "un-meetings-table", row: 40 }],
});

describe("voteEdges", () => {
  it("makes each vetoing member and each member not participating an edge with the outcome's evidence", () => {
    const edges = voteEdges([
      meeting("49", [
        { kind: "vetoed-draft", symbol: "S/PV.49", vetoedBy: ["state:SUN"], notParticipating: [] },
        { kind: "vetoed-draft", symbol: "S/PV.49", vetoedBy: ["state:FRA", "state:SUN"], notParticipating: [], vetoAccounts: [
          { source: "un-meetings-table", vetoedBy: ["state:SUN"], evidence: { source: "un-meetings-table", row: 40 } },
          { source: "un-veto-table", vetoedBy: ["state:FRA", "state:SUN"], evidence: { source: "un-veto-table", row: 210 } },
        ] },
        { kind: "resolution", symbol: "S/RES/7 (1946)", vetoedBy: [], notParticipating: ["state:AUS"] },
      ]),
    ]);
    expect(edges.map((edge) => [edge.id, edge.note, edge.evidence.source, edge.certainty])).toEqual([
      ["49|vetoed|state:SUN", "S/PV.49, S/PV.49", "un-meetings-table", "stated"],
      ["49|vetoed|state:FRA", "S/PV.49", "un-veto-table", "stated"],
      ["49|not-participating|state:AUS", "S/RES/7 (1946)", "un-meetings-table", "stated"],
    ]);
  });
});

describe("outcomeSymbols", () => {
  it("keeps every draft of an outcome that gives several", () => {
    expect(outcomeSymbols("S/507", "Add.1 & S/516")).toEqual(["S/507", "S/507/Add.1", "S/516"]);
    expect(outcomeSymbols("S/1076", "S/1077")).toEqual(["S/1076", "S/1077"]);
  });
  it("leaves an outcome with one symbol, or a note of words, alone", () => {
    expect(outcomeSymbols("S/RES/7 (1946)", undefined)).toBeUndefined();
    expect(outcomeSymbols("S/11400", "(as amended)")).toBeUndefined();
  });
});
