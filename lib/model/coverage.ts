import type { Meeting, Participation } from "./schema";
import type { EvidenceSource } from "./vocabulary";
import { groupDigits } from "@/lib/text/groupDigits";

// How much the loaded sources say about who took part. The UN's tables list every
// meeting but nobody in it; only a source that lists participants (a Repertoire item,
// or a file a user imported) makes a meeting's participants known. An inferred
// presidency or subject says nothing about who was there.

const listsParticipants: ReadonlySet<EvidenceSource> = new Set(["repertoire", "imported"]);

/** Meeting id -> the sources that list its participants (in first-seen order). */
export function meetingsWithKnownParticipants(participations: readonly Participation[]): Map<string, EvidenceSource[]> {
  const known = new Map<string, EvidenceSource[]>();
  for (const participation of participations) {
    if (participation.certainty !== "stated" || !listsParticipants.has(participation.evidence.source)) continue;
    const sources = known.get(participation.meetingId) ?? [];
    if (!sources.includes(participation.evidence.source)) sources.push(participation.evidence.source);
    known.set(participation.meetingId, sources);
  }
  return known;
}

export interface Coverage {
  known: number;
  total: number;
}

export function coverageOf(meetings: readonly Pick<Meeting, "id">[], known: ReadonlyMap<string, unknown>): Coverage {
  return { known: meetings.filter((meeting) => known.has(meeting.id)).length, total: meetings.length };
}

/** "participants known for 2 of 223 meetings". */
export function coverageSentence({ known, total }: Coverage): string {
  return `participants known for ${groupDigits(known)} of ${groupDigits(total)} meeting${total === 1 ? "" : "s"}`;
}
