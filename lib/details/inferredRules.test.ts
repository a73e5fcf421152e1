import { describe, expect, it } from "vitest";
import type { Participation } from "@/lib/model/schema";
import { inferredRules } from "./inferredRules";

const subject = (meetingId: string, topic: string): Participation => ({
  id: `${meetingId}|subject|state:IRQ|inferred`,
  meetingId,
  entityId: "state:IRQ",
  role: "subject",
  certainty: "inferred",
  evidence: { source: "inferred", note: `topic "${topic}" names Iraq` },
});

describe("inferredRules", () => {
  it("says the subject rule once for all the meetings it made Iraq the subject of", () => {
    const edges = [subject("4701", "Iraq-Kuwait"), subject("4707", "The situation between Iraq and Kuwait"), subject("4714", "Iraq-Kuwait")];
    const rules = inferredRules(edges);
    expect(rules).toHaveLength(1);
    expect(rules[0]).toMatchObject({ role: "subject", heading: "Subject of the meeting (3 meetings)", meetings: 3 });
    expect(rules[0]!.reason).toMatch(/topic names it/);
  });

  it("keeps stated edges out and gives each rule its own entry", () => {
    const stated: Participation = { id: "4739|invited|state:MEX", meetingId: "4739", entityId: "state:MEX", role: "invited", certainty: "stated", evidence: { source: "repertoire", item: 52 } };
    const president: Participation = { id: "4739|president|state:MEX|inferred", meetingId: "4739", entityId: "state:MEX", role: "president", certainty: "inferred", evidence: { source: "inferred", note: "presidency of April 2003 (reference facts)" } };
    const rules = inferredRules([stated, president]);
    expect(rules.map((rule) => rule.heading)).toEqual(["President (1 meeting)"]);
  });

  it("falls back to the edge's own note for a rule it has no words for", () => {
    const other: Participation = { id: "x", meetingId: "1", entityId: "state:X", role: "briefer", certainty: "inferred", evidence: { source: "inferred", note: "named in the press release" } };
    expect(inferredRules([other])[0]!.reason).toBe("named in the press release");
  });
});
