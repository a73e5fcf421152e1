import type { Participation, ParticipationRole } from "@/lib/model/schema";
import { participationRoleLabels } from "@/lib/model/vocabularyLabels";
import { countLabel } from "./format";

// The app infers edges by a few rules (lib/ingest/inferredEdges.ts). A state's record can
// hold dozens of edges made by one rule: Iraq is the inferred subject of 32 meetings of
// 2003. The rule is said once, above the list; each line keeps only its "inferred" tag.

/** What each rule did, in words, by the role of the edges it makes. */
const ruleText: Partial<Record<ParticipationRole, string>> = {
  subject: "the meeting's topic names it, so the app makes it the meeting's subject; the sources do not list it as a participant",
  president: "it held the Council's presidency that month (reference facts), so the app makes it the meeting's president",
};

export interface InferredRule {
  role: ParticipationRole;
  /** "Subject of the meeting (32 meetings)" */
  heading: string;
  /** Why the app drew these edges. */
  reason: string;
  meetings: number;
}

/** One entry per rule among an entity's edges, in the order the rules first occur. */
export function inferredRules(edges: readonly Participation[]): InferredRule[] {
  const meetingsByRole = new Map<ParticipationRole, Set<string>>();
  const firstNote = new Map<ParticipationRole, string | undefined>();
  for (const edge of edges) {
    if (edge.certainty !== "inferred") continue;
    const meetings = meetingsByRole.get(edge.role) ?? new Set<string>();
    meetings.add(edge.meetingId);
    meetingsByRole.set(edge.role, meetings);
    if (!firstNote.has(edge.role)) firstNote.set(edge.role, edge.evidence.note);
  }
  return [...meetingsByRole].map(([role, meetings]) => ({
    role,
    heading: `${participationRoleLabels[role].group} (${countLabel(meetings.size, "meeting")})`,
    reason: ruleText[role] ?? firstNote.get(role) ?? "derived by the app",
    meetings: meetings.size,
  }));
}
