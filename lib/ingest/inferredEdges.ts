import type { Meeting, Participation } from "@/lib/model/schema";
import { formatMonth } from "@/lib/text/calendar";
import { inferredEvidence } from "./evidence";
import type { EntityResolver } from "./resolver";
import { readTopic, type compileSubjectPatterns, type SubjectMatch } from "./subjects";

// Edges no source states but the facts imply. Each carries `certainty: "inferred"` and
// says what it was inferred from, so the app can draw it dashed and let users hide it.

const inferredId = (meetingId: string, role: string, entityId: string) => `${meetingId}|${role}|${entityId}|inferred`;

/** The month's presidency presided each meeting of the month, unless a source says who did. */
export function presidencyEdges(meetings: readonly Meeting[], stated: readonly Participation[]): Participation[] {
  const statedPresidents = new Set(stated.filter((p) => p.role === "president").map((p) => p.meetingId));
  return meetings
    .filter((meeting) => meeting.presidency && !statedPresidents.has(meeting.id))
    .map((meeting) => ({
      id: inferredId(meeting.id, "president", meeting.presidency!),
      meetingId: meeting.id,
      entityId: meeting.presidency!,
      role: "president" as const,
      certainty: "inferred" as const,
      evidence: inferredEvidence(`presidency of ${formatMonth(meeting.date)} (reference facts)`, meeting.sources[0]),
    }));
}

/**
 * A topic that names a state makes it the meeting's subject; a letter's authors raised the
 * matter (lib/ingest/subjectRules.ts). The note names the rule that read each edge.
 */
export function subjectEdges(meetings: readonly Meeting[], resolver: EntityResolver, patterns: ReturnType<typeof compileSubjectPatterns>): Participation[] {
  const edges: Participation[] = [];
  for (const meeting of meetings) {
    const seen = new Set<string>();
    const push = (role: "subject" | "raised-by", match: SubjectMatch, topic: string) => {
      const key = `${role}|${match.entityId}`;
      if (seen.has(key)) return;
      seen.add(key);
      const verb = role === "subject" ? "names" : "is a letter or request from";
      edges.push({
        id: inferredId(meeting.id, role, match.entityId),
        meetingId: meeting.id,
        entityId: match.entityId,
        role,
        certainty: "inferred",
        evidence: inferredEvidence(`topic "${topic}" ${verb} ${match.text} (rule ${match.rule})`, meeting.sources[0]),
      });
    };
    const readings = meeting.topics.map((topic) => ({ topic, reading: readTopic(topic, meeting.date, resolver, patterns) }));
    for (const { topic, reading } of readings) for (const match of reading.subjects) push("subject", match, topic);
    const subjects = new Set(readings.flatMap(({ reading }) => reading.subjects.map((match) => match.entityId)));
    for (const { topic, reading } of readings) for (const match of reading.raisedBy) if (!subjects.has(match.entityId)) push("raised-by", match, topic);
  }
  return edges;
}
