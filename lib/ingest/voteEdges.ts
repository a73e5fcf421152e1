import type { Meeting, Participation, VoteRole } from "@/lib/model/schema";

// A vote named in an outcome is an edge of its own: the vetoing member and the members
// that did not participate (the tables name no one else; "for", "against" and "abstain"
// are counts). Stated, with the outcome's evidence: the veto list's row where the veto
// comes from it, else the meeting's row of the year table. One edge per state, role and
// meeting; its note lists the drafts, so two vetoes at one meeting stay two in the count.

export function voteEdges(meetings: readonly Meeting[]): Participation[] {
  const edges = new Map<string, Participation>();
  for (const meeting of meetings) {
    for (const outcome of meeting.outcomes) {
      const listed = outcome.vetoAccounts?.find((account) => account.source === "un-veto-table" && account.vetoedBy.length > 0);
      const votes: Array<[VoteRole, readonly string[]]> = [
        ["vetoed", outcome.vetoedBy],
        ["not-participating", outcome.notParticipating],
      ];
      for (const [role, entityIds] of votes) {
        for (const entityId of entityIds) {
          const id = `${meeting.id}|${role}|${entityId}`;
          const draft = outcome.symbol ?? "a draft without a symbol";
          const existing = edges.get(id);
          if (existing) {
            edges.set(id, { ...existing, note: `${existing.note}, ${draft}` });
            continue;
          }
          const evidence = role === "vetoed" && listed ? listed.evidence : meeting.sources[0]!;
          edges.set(id, { id, meetingId: meeting.id, entityId, role, certainty: "stated", note: draft, evidence });
        }
      }
    }
  }
  return [...edges.values()];
}
