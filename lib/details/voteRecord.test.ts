import { describe, expect, it } from "vitest";
import type { Meeting, Participation } from "@/lib/model/schema";
import { councilMembersIn, otherVotes, vetoAccountText, vetoesCast, windowOutcomes, windowOutcomesText } from "./voteRecord";

// 2003's two vetoes (S/2003/891 at 4828, S/2003/980 at 4842), both by the United States, and a resolution.
const meeting = (id: string, date: string, outcomes: Meeting["outcomes"]): Meeting => ({
  id, kind: "meeting", number: Number(id), date, topic: "t", topics: ["t"], closed: false, subjectArea: "middle-east",
  records: { corrigenda: [], pressReleases: [] }, outcomes, sources: [{ source: "un-meetings-table" }],
});
const meetings = [
  meeting("4828", "2003-09-16", [{ kind: "vetoed-draft", symbol: "S/2003/891", vetoedBy: ["state:USA"], notParticipating: [] }]),
  meeting("4842", "2003-10-14", [{ kind: "vetoed-draft", symbol: "S/2003/980", vetoedBy: ["state:USA"], notParticipating: [] }]),
  meeting("4761", "2003-05-22", [{ kind: "resolution", symbol: "S/RES/1483 (2003)", vetoedBy: [], notParticipating: ["state:SYR"] }]),
];
const edge = (meetingId: string, role: Participation["role"], entityId: string): Participation => ({ id: `${meetingId}|${role}|${entityId}`, meetingId, entityId, role, certainty: "stated", evidence: { source: "un-meetings-table" } });
const names: Record<string, string> = { "state:USA": "United States", "state:FRA": "France", "state:SUN": "USSR" };
const nameOf = (id: string) => names[id] ?? id;

describe("vote record", () => {
  it("lists the drafts a state vetoed in date order, from its vote edges", () => {
    const cast = vetoesCast("state:USA", [edge("4842", "vetoed", "state:USA"), edge("4828", "vetoed", "state:USA")], (id) => meetings.find((m) => m.id === id));
    expect(cast.map((veto) => veto.outcome.symbol)).toEqual(["S/2003/891", "S/2003/980"]);
  });

  it("keeps a state's other votes apart from its vetoes", () => {
    expect(otherVotes("state:SYR", [edge("4761", "not-participating", "state:SYR"), edge("4761", "subject", "state:SYR")]).map((e) => e.role)).toEqual(["not-participating"]);
  });

  it("summarises a window's outcomes", () => {
    expect(windowOutcomesText(windowOutcomes(meetings), nameOf)).toBe("2 vetoes: United States ×2; 1 resolution; 0 presidential statements");
    expect(windowOutcomesText(windowOutcomes([]), nameOf)).toBe("0 vetoes; 0 resolutions; 0 presidential statements");
  });

  it("says each veto account with its source", () => {
    const format = (iso: string) => iso;
    expect(vetoAccountText({ source: "un-veto-table", vetoedBy: ["state:FRA", "state:SUN"], draft: "S/PV.49", date: "1946-06-26", meetingNumber: 49, evidence: { source: "un-veto-table" } }, nameOf, format)).toBe(
      "UN veto list: vetoed by France and USSR (S/PV.49, 1946-06-26, meeting 49)",
    );
    expect(vetoAccountText({ source: "un-veto-table", vetoedBy: [], evidence: { source: "un-veto-table" } }, nameOf, format)).toBe("UN veto list: records no veto of this draft here");
    expect(vetoAccountText({ source: "un-veto-table", vetoedBy: [], evidence: { source: "un-veto-table", note: "the veto list gives S/5407 as vetoed at meeting 1063 on 1963-09-03" } }, nameOf, format)).toBe(
      "UN veto list: records no veto of this draft here; the veto list gives S/5407 as vetoed at meeting 1063 on 1963-09-03",
    );
  });
});

describe("councilMembersIn", () => {
  it("lists the states that sat in the years in view, by name", () => {
    const entities = [
      { id: "state:SUN", name: "Union of Soviet Socialist Republics", councilYears: [1946, 1991] },
      { id: "state:RUS", name: "Russian Federation", councilYears: [1992, 2003] },
      { id: "state:CHL", name: "Chile", councilYears: [2003] },
      { id: "org:AU", name: "African Union" },
    ];
    expect(councilMembersIn(new Set([2003]), entities).map((entity) => entity.name)).toEqual(["Chile", "Russian Federation"]);
  });
});
