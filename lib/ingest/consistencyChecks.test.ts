import { describe, expect, it } from "vitest";
import type { Entity, Meeting, Outcome, Participation } from "@/lib/model/schema";
import { checkEntityEras, checkMeetingOrder, checkResolutionNumbers, checkVoteTotals } from "./consistencyChecks";
import { parseCouncilMembers } from "./councilMembership";

const meeting = (id: string, date: string, outcomes: Outcome[] = []): Meeting => ({
  id, kind: "meeting", number: Number(id), date, topic: "t", topics: ["t"], closed: false, subjectArea: "iraq",
  records: { corrigenda: [], pressReleases: [] }, outcomes, sources: [{ source: "un-meetings-table" }],
});
const resolution = (n: number, vote = { for: 15, against: 0, abstain: 0 }, notParticipating: string[] = []): Outcome => ({ kind: "resolution", symbol: `S/RES/${n} (1990)`, vote, vetoedBy: [], notParticipating });

describe("consistency checks", () => {
  it("finds a resolution number given twice and one never given (1990 before its correction)", () => {
    const result = checkResolutionNumbers([meeting("2936", "1990-08-14", [resolution(663)]), meeting("2939", "1990-09-13", [resolution(663), resolution(665)])]);
    expect(result.exceptions.map((e) => e.message)).toEqual(["resolution 663 is given at meetings 2936, 2939", "no meeting adopted resolution 664"]);
  });

  it("holds each vote to the Council's size that year, counting those not participating", () => {
    const membership = parseCouncilMembers({
      permanent: ["CHN", "FRA", "SUN", "GBR", "USA"].map((iso3) => ({ iso3, name: iso3, from: 1946, to: 2022 })),
      elected: { "1990": ["CAN", "COL", "CUB", "CIV", "ETH", "FIN", "MYS", "ROU", "YEM", "COD"].map((iso3) => ({ iso3, name: iso3 })) },
    });
    const result = checkVoteTotals([meeting("2933", "1990-08-06", [resolution(661, { for: 13, against: 0, abstain: 2 })]), meeting("2934", "1990-08-09", [resolution(662, { for: 14, against: 0, abstain: 0 })])], membership);
    expect(result.checked).toBe(2);
    expect(result.exceptions).toEqual([{ meetingId: "2934", message: "S/RES/662 (1990): 14-0-0 = 14, the Council had 15" }]);
    expect(checkVoteTotals([meeting("2935", "1990-08-09", [resolution(662, { for: 14, against: 0, abstain: 0 }, ["state:YEM"])])], membership).exceptions).toEqual([]);
  });

  it("finds a meeting dated before the one numbered below it", () => {
    expect(checkMeetingOrder([meeting("3310", "1993-11-10"), meeting("3311", "1993-10-30")]).exceptions).toEqual([
      { meetingId: "3311", message: "meeting 3311 (1993-10-30) is dated before meeting 3310 (1993-11-10)" },
    ]);
  });

  it("finds an entity named on a date it did not exist", () => {
    const ussr: Entity = { id: "state:SUN", kind: "state", name: "USSR", aliases: [], validUntil: "1991-12-24", sources: [{ source: "reference" }] };
    const edge: Participation = { id: "x", meetingId: "4739", entityId: "state:SUN", role: "subject", certainty: "inferred", evidence: { source: "inferred" } };
    expect(checkEntityEras([edge], [meeting("4739", "2003-04-11")], [ussr]).exceptions).toEqual([
      { meetingId: "4739", entityId: "state:SUN", message: "USSR (… to 1991-12-24) appears on 2003-04-11" },
    ]);
  });
});
