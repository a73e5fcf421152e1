import { describe, expect, it } from "vitest";
import type { Meeting, Participation } from "@/lib/model/schema";
import { diffData } from "./dataDiff";

const meeting = (id: string, symbol: string): Meeting => ({
  id, kind: "meeting", number: Number(id), date: "1990-09-13", topic: "t", topics: ["t"], closed: false, subjectArea: "iraq",
  records: { corrigenda: [], pressReleases: [] }, outcomes: [{ kind: "resolution", symbol, vetoedBy: [], notParticipating: [] }], sources: [{ source: "un-meetings-table" }],
});
const edge = (id: string, note: string): Participation => ({ id, meetingId: "2939", entityId: "state:KWT", role: "subject", certainty: "inferred", evidence: { source: "inferred", note } });

describe("diffData", () => {
  it("counts each difference under its cause", () => {
    const before = { meetings: [meeting("2939", "S/RES/663 (1990)"), meeting("2940", "S/RES/667 (1990)")], participations: [edge("a", "topic names Kuwait"), edge("b", "x")], entities: [] };
    const after = { meetings: [meeting("2939", "S/RES/666 (1990)"), meeting("2940", "S/RES/667 (1990)")], participations: [edge("a", "topic names Kuwait (rule named)")], entities: [] };
    expect(diffData(before, after)).toEqual([
      { cause: "edge note names its rule: subject (rule named)", count: 1, example: "a" },
      { cause: "edge removed: subject", count: 1, example: "b" },
      { cause: "outcome.symbol changed", count: 1, example: "2939" },
    ]);
  });
  it("finds nothing between a version and itself", () => {
    const data = { meetings: [meeting("2939", "S/RES/666 (1990)")], participations: [edge("a", "n")], entities: [] };
    expect(diffData(data, structuredClone(data))).toEqual([]);
  });
});
