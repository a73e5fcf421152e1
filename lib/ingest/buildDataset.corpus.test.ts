import { describe, expect, it } from "vitest";
import { requireSources } from "@/scripts/sources/locateSources";
import { readSources } from "@/scripts/sources/readSources";
import { buildDataset } from "./buildDataset";

// Facts of the real sources that data/ must hold (issue: the dataset), when the sources
// are found (vitest.config.ts says when they are not). Built once: the whole corpus takes
// a few seconds.
const built = buildDataset(await readSources(requireSources()));
const meetings2003 = built.meetings.filter((meeting) => meeting.date.startsWith("2003-"));
const meeting = (id: string) => built.meetings.find((candidate) => candidate.id === id)!;
const edgesOf = (meetingId: string) => built.participations.filter((participation) => participation.meetingId === meetingId);
const edge = (meetingId: string, role: string, entityId: string) => edgesOf(meetingId).find((p) => p.role === role && p.entityId === entityId);

describe("the 2003 calendar", () => {
  it("has 223 meeting records, 31 of them closed and 14 resumptions", () => {
    expect(meetings2003).toHaveLength(223);
    expect(meetings2003.filter((m) => m.closed)).toHaveLength(31);
    expect(meetings2003.filter((m) => m.resumption)).toHaveLength(14);
  });

  it("has 4694 on 28 January with resolution 1459 adopted 15-0-0", () => {
    expect(meeting("4694")).toMatchObject({ date: "2003-01-28", outcomes: [{ kind: "resolution", symbol: "S/RES/1459 (2003)", vote: { for: 15, against: 0, abstain: 0 } }] });
  });

  it("has 4842 as a draft vetoed by the United States, 10-1-4", () => {
    expect(meeting("4842").outcomes[0]).toMatchObject({ kind: "vetoed-draft", vetoedBy: ["state:USA"], vote: { for: 10, against: 1, abstain: 4 } });
  });

  it("has 4761 adopting resolution 1483 14-0-0 with Syria not participating", () => {
    expect(meeting("4761").outcomes[0]).toMatchObject({ symbol: "S/RES/1483 (2003)", vote: { for: 14, against: 0, abstain: 0 }, notParticipating: ["state:SYR"] });
  });

  it("keeps the library's topic and the Repertoire's agenda item apart when they differ", () => {
    expect(meeting("4739").topic).not.toBe(meeting("4739").agendaItem);
    expect(meeting("4739")).toMatchObject({ agendaItemNumber: 52, presidency: "state:MEX" });
  });
});

describe("the seed's participants", () => {
  it("names France as the President of 4694, as the Repertoire states", () => {
    expect(edge("4694", "president", "state:FRA")).toMatchObject({ certainty: "stated", evidence: { source: "repertoire", item: 51 } });
  });

  it("has fourteen members speaking at 4739 and Mexico, per footnote 2, not", () => {
    expect(edgesOf("4739").filter((p) => p.role === "council-member")).toHaveLength(14);
    expect(edge("4739", "council-member", "state:MEX")).toBeUndefined();
    expect(edge("4739", "non-speaking", "state:MEX")).toMatchObject({ evidence: { footnote: 2 } });
  });

  it("has Greece speaking on behalf of the European Union, with twelve states aligned (footnote 3)", () => {
    expect(edge("4739", "speaker-on-behalf", "state:GRC")).toMatchObject({ onBehalfOf: "org:EU", evidence: { footnote: 3 } });
    const aligned = edgesOf("4739").filter((p) => p.role === "aligned");
    expect(aligned.map((p) => p.entityId).sort()).toEqual(["state:BGR", "state:CYP", "state:CZE", "state:EST", "state:HUN", "state:LTU", "state:LVA", "state:MLT", "state:POL", "state:ROU", "state:SVK", "state:SVN"]);
    expect(aligned.every((p) => p.onBehalfOf === "org:EU" && p.evidence.footnote === 3)).toBe(true);
  });

  it("has the five organizations and the Secretary-General invited to 4739", () => {
    for (const id of ["org:OAS", "org:AU", "org:LAS", "org:OSCE", "org:ECOWAS", "person:kofi-annan"]) expect(edge("4739", "invited", id)).toBeDefined();
  });

  it("records who represented whom, and in what capacity (footnote 4)", () => {
    expect(edge("4739", "represented-by", "person:luis-ernesto-derbez")).toMatchObject({ onBehalfOf: "state:MEX", capacity: "Minister for Foreign Affairs", evidence: { footnote: 4 } });
    expect(edge("4739", "represented-by", "person:eu-representative-4739")).toMatchObject({ onBehalfOf: "org:EU", capacity: "Deputy Minister for Foreign Relations" });
    expect(edge("4739", "represented-by", "person:au-representative-4739")).toMatchObject({ onBehalfOf: "org:AU", capacity: "Minister for Provincial and Local Government" });
  });

  it("has the parliamentarians from Mexico and the President of the General Assembly present", () => {
    expect(edge("4739", "non-speaking", "group:parliamentarians-from-mexico")).toMatchObject({ note: "also present" });
    expect(edge("4739", "non-speaking", "person:jan-kavan")).toMatchObject({ note: "also present" });
  });
});

describe("provenance", () => {
  it("gives every meeting, entity and participation evidence", () => {
    expect(built.meetings.every((m) => m.sources.length > 0 && m.sources[0]!.file)).toBe(true);
    expect(built.entities.every((e) => e.sources.length > 0)).toBe(true);
    expect(built.participations.every((p) => p.evidence.source === "inferred" ? p.certainty === "inferred" : p.certainty === "stated")).toBe(true);
  });

  it("infers the presidency of 4739 and Iraq, not Kuwait, as the subject of the library's Iraq-Kuwait label", () => {
    expect(edge("4739", "president", "state:MEX")).toMatchObject({ certainty: "inferred" });
    const iraqKuwait = meetings2003.find((m) => m.topic === "Iraq-Kuwait")!;
    expect(edge(iraqKuwait.id, "subject", "state:IRQ")).toMatchObject({ certainty: "inferred" });
    expect(edge(iraqKuwait.id, "subject", "state:KWT")).toBeUndefined();
  });

  it("finds every 2003 vetoed draft in the veto table", () => {
    expect(built.problems.filter((p) => p.code === "veto-mismatch" && p.message.includes("2003"))).toEqual([]);
  });
});
