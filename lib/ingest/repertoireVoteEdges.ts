import type { Evidence, Participation, ParticipationRole } from "@/lib/model/schema";
import type { RepertoireOutcome } from "@/lib/sources/repertoireTypes";

// What a state did with a draft, as the Repertoire states it: submitted it, voted against
// it (a veto when a permanent member did so on a draft that failed for it), abstained,
// did not participate in the voting, or was absent. Each is an edge of its own, tied to
// the decision by its symbol, so two resolutions of one meeting keep their own votes.

/** The permanent members (Charter, Article 23), including the Soviet Union before 1992. */
const permanentMembers = new Set(["state:CHN", "state:FRA", "state:GBR", "state:RUS", "state:USA", "state:SUN"]);

export interface VoteEdgeContext {
  meetingId: string;
  evidence: Evidence;
  resolve: (name: string) => string;
}

/** The document the edge is about: the resolution or statement, else the draft. */
export function decisionLabel(outcome: RepertoireOutcome): string | undefined {
  return outcome.symbol ?? outcome.draftSymbols[0];
}

export function repertoireVoteEdges(outcome: RepertoireOutcome, context: VoteEdgeContext): Participation[] {
  const label = decisionLabel(outcome);
  const edges: Participation[] = [];
  const add = (names: readonly string[] | undefined, role: (entityId: string) => ParticipationRole, phrase: string) => {
    for (const name of names ?? []) {
      const entityId = context.resolve(name);
      const kind = role(entityId);
      const note = kind === "vetoed" ? "vetoed" : phrase;
      edges.push({
        id: [context.meetingId, kind, entityId, label].filter(Boolean).join("|"),
        meetingId: context.meetingId,
        entityId,
        role: kind,
        certainty: "stated",
        evidence: context.evidence,
        note: label ? `${note} ${label}` : note,
      });
    }
  };
  const vetoes = outcome.kind === "vetoed-draft";
  add(outcome.sponsorNames, () => "sponsor", "submitted the draft of");
  add(outcome.againstNames, (id) => (vetoes && permanentMembers.has(id) ? "vetoed" : "voted-against"), "voted against");
  add(outcome.abstainNames, () => "abstained", "abstained on");
  add(outcome.notParticipatingNames, () => "not-participating", "did not participate in the voting on");
  add(outcome.absentNames, () => "absent", "was absent for the vote on");
  return edges;
}
