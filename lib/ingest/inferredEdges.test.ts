import { describe, expect, it } from "vitest";
import type { Meeting, Participation } from "@/lib/model/schema";
import { resolver2003 } from "./fixtures/resolver2003";
import { presidencyEdges, subjectEdges } from "./inferredEdges";
import { compileSubjectPatterns } from "./subjects";

const meeting = (id: string, date: string, topics: string[], presidency?: string): Meeting => ({
  id, kind: "meeting", number: Number(id), date, topic: topics.join(" / "), topics, closed: false, subjectArea: "thematic",
  records: { verbatim: `S/PV.${id}`, corrigenda: [], pressReleases: [] }, outcomes: [],
  ...(presidency ? { presidency } : {}),
  sources: [{ source: "un-meetings-table", file: "sources/un-meetings-tables/scact2003_table_en.html", row: 3, line: 40 }],
});

describe("presidencyEdges", () => {
  const meetings = [meeting("4739", "2003-04-11", ["Regional organizations"], "state:MEX"), meeting("4694", "2003-01-28", ["Kimberley Process"], "state:FRA"), meeting("100", "1946-10-01", ["Greece"])];
  const stated: Participation[] = [
    { id: "4694|president|state:FRA", meetingId: "4694", entityId: "state:FRA", role: "president", certainty: "stated", evidence: { source: "repertoire", item: 51 } },
  ];
  const edges = presidencyEdges(meetings, stated);

  it("infers the month's presidency as president, saying so and pointing at the table row", () => {
    expect(edges).toEqual([
      {
        id: "4739|president|state:MEX|inferred", meetingId: "4739", entityId: "state:MEX", role: "president", certainty: "inferred",
        evidence: { source: "inferred", note: "presidency of April 2003 (reference facts)", file: "sources/un-meetings-tables/scact2003_table_en.html", row: 3, line: 40 },
      },
    ]);
  });

  it("infers nothing where a source states the President or the month's presidency is unknown", () => {
    expect(edges.map((edge) => edge.meetingId)).not.toContain("4694");
    expect(edges.map((edge) => edge.meetingId)).not.toContain("100");
  });
});

describe("subjectEdges", () => {
  const patterns = compileSubjectPatterns(resolver2003);

  it("makes each state a topic names a subject of the meeting, once, with the words and the rule that named it", () => {
    const edges = subjectEdges([meeting("4740", "2003-04-14", ["Iraq-Kuwait", "The situation between Iraq and Kuwait"])], resolver2003, patterns);
    expect(edges.map((edge) => [edge.entityId, edge.role, edge.certainty, edge.evidence.note])).toEqual([
      ["state:IRQ", "subject", "inferred", 'topic "Iraq-Kuwait" names Iraq-Kuwait (rule iraq-kuwait-label)'],
      ["state:KWT", "subject", "inferred", 'topic "The situation between Iraq and Kuwait" names Kuwait (rule named)'],
    ]);
  });

  it("draws a letter's author as raised-by, and what it concerns as the subject", () => {
    const edges = subjectEdges([meeting("4751", "2003-05-07", ["Letter from Mexico concerning Guinea-Bissau"])], resolver2003, patterns);
    expect(edges.map((edge) => [edge.entityId, edge.role])).toEqual([
      ["state:GNB", "subject"],
      ["state:MEX", "raised-by"],
    ]);
  });

  it("finds no subject in a thematic topic", () => {
    expect(subjectEdges([meeting("4750", "2003-05-06", ["Children and armed conflict"])], resolver2003, patterns)).toEqual([]);
  });
});
