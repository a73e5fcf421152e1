import type { Meeting, Outcome, Participation, VetoAccount } from "@/lib/model/schema";
import { voteRoles } from "@/lib/model/vocabulary";
import { countLabel } from "./format";

// A state's votes and a window's outcomes as the details panel says them. Counts come
// from the outcomes themselves: one vote edge per state and meeting can stand for two
// vetoed drafts (1946's S/PV.49 was vetoed three times at one meeting).

export interface CastVeto {
  meeting: Meeting;
  outcome: Outcome;
}

/** The drafts a state vetoed, in date order, from the meetings of its "vetoed" edges. */
export function vetoesCast(entityId: string, edges: readonly Participation[], meetingOf: (id: string) => Meeting | undefined): CastVeto[] {
  const meetings = [...new Set(edges.filter((edge) => edge.role === "vetoed" && edge.entityId === entityId).map((edge) => edge.meetingId))]
    .flatMap((id) => meetingOf(id) ?? [])
    .sort((a, b) => a.date.localeCompare(b.date) || (a.number ?? 0) - (b.number ?? 0));
  return meetings.flatMap((meeting) => meeting.outcomes.filter((outcome) => outcome.kind === "vetoed-draft" && outcome.vetoedBy.includes(entityId)).map((outcome) => ({ meeting, outcome })));
}

const otherVoteRoles = new Set<string>(voteRoles.filter((role) => role !== "vetoed"));

/** The state's other recorded votes (not participating, absent, against, abstaining): the edges themselves. */
export function otherVotes(entityId: string, edges: readonly Participation[]): Participation[] {
  return edges.filter((edge) => edge.entityId === entityId && otherVoteRoles.has(edge.role));
}

export interface WindowOutcomes {
  vetoes: number;
  vetoesByState: Array<{ id: string; count: number }>;
  resolutions: number;
  presidentialStatements: number;
}

export function windowOutcomes(meetings: readonly Meeting[]): WindowOutcomes {
  const byState = new Map<string, number>();
  let vetoes = 0;
  let resolutions = 0;
  let presidentialStatements = 0;
  for (const meeting of meetings) {
    for (const outcome of meeting.outcomes) {
      if (outcome.kind === "resolution") resolutions++;
      if (outcome.kind === "presidential-statement") presidentialStatements++;
      if (outcome.kind !== "vetoed-draft") continue;
      vetoes++;
      for (const id of outcome.vetoedBy) byState.set(id, (byState.get(id) ?? 0) + 1);
    }
  }
  const vetoesByState = [...byState.entries()].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  return { vetoes, vetoesByState, resolutions, presidentialStatements };
}

/** "2 vetoes: United States ×2; 67 resolutions; 30 presidential statements". */
export function windowOutcomesText(summary: WindowOutcomes, nameOf: (id: string) => string): string {
  const vetoes = countLabel(summary.vetoes, "veto", "vetoes");
  const by = summary.vetoesByState.map(({ id, count }) => `${nameOf(id)} ×${count}`).join(", ");
  return [
    summary.vetoes > 0 ? `${vetoes}: ${by}` : vetoes,
    countLabel(summary.resolutions, "resolution"),
    countLabel(summary.presidentialStatements, "presidential statement"),
  ].join("; ");
}

/** One account of a veto in words: "UN veto list: vetoed by France and USSR, 26 June 1946, meeting 49". */
export function vetoAccountText(account: VetoAccount, nameOf: (id: string) => string, formatDate: (iso: string) => string): string {
  const source = account.source === "un-veto-table" ? "UN veto list" : "UN meetings table";
  const what = account.vetoedBy.length > 0 ? `vetoed by ${account.vetoedBy.map(nameOf).join(" and ")}` : "records no veto of this draft here";
  const where = [account.draft, account.date ? formatDate(account.date) : undefined, account.meetingNumber ? `meeting ${account.meetingNumber}` : undefined].filter(Boolean).join(", ");
  // A list account with no veto here says where the list has the draft, if anywhere.
  const elsewhere = account.vetoedBy.length === 0 && account.evidence.note ? `; ${account.evidence.note}` : "";
  return `${source}: ${what}${where ? ` (${where})` : ""}${elsewhere}`;
}

/** The states that sat on the Council in any of `years`, by name: who could vote in the window. */
export function councilMembersIn(years: ReadonlySet<number>, entities: readonly { id: string; name: string; councilYears?: number[] }[]): Array<{ id: string; name: string }> {
  return entities
    .filter((entity) => entity.councilYears?.some((year) => years.has(year)))
    .map(({ id, name }) => ({ id, name }))
    .sort((a, b) => a.name.localeCompare(b.name, "en"));
}
