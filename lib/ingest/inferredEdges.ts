import type { Meeting, Participation } from "@/lib/model/schema";
import { formatMonth } from "@/lib/text/calendar";
import { inferredEvidence } from "./evidence";
import type { EntityResolver } from "./resolver";
import { subjectsOfTopic, type compileSubjectPatterns } from "./subjects";

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

/** A topic that names a state makes it the meeting's subject ("Iraq-Kuwait" -> Iraq, Kuwait). */
export function subjectEdges(meetings: readonly Meeting[], resolver: EntityResolver, patterns: ReturnType<typeof compileSubjectPatterns>): Participation[] {
  const edges: Participation[] = [];
  for (const meeting of meetings) {
    const seen = new Set<string>();
    for (const topic of meeting.topics) {
      for (const match of subjectsOfTopic(topic, meeting.date, resolver, patterns)) {
        if (seen.has(match.entityId)) continue;
        seen.add(match.entityId);
        edges.push({
          id: inferredId(meeting.id, "subject", match.entityId),
          meetingId: meeting.id,
          entityId: match.entityId,
          role: "subject",
          certainty: "inferred",
          evidence: inferredEvidence(`topic "${topic}" names ${match.text}`, meeting.sources[0]),
        });
      }
    }
  }
  return edges;
}
