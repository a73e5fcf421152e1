import type { Outcome, Vote } from "@/lib/model/schema";
import { outcomeKindLabels } from "@/lib/model/vocabularyLabels";
import { upperFirst } from "@/lib/text/upperFirst";

/** "14-0-0": in favour, against, abstaining, as UN press releases write it. */
export function voteText(vote: Vote): string {
  return `${vote.for}-${vote.against}-${vote.abstain}`;
}


function namesOf(ids: readonly string[], nameOf: (id: string) => string): string {
  return ids.map(nameOf).join(", ");
}

/**
 * What happened to the text, without its symbol: "adopted 14-0-0", "vetoed by United States, 10-1-4".
 * `namedKind: false` leaves out the bare kind ("communiqué") where a badge already says it.
 */
export function outcomeResult(outcome: Outcome, nameOf: (id: string) => string, { namedKind = true } = {}): string {
  const vote = outcome.vote ? voteText(outcome.vote) : undefined;
  let result: string;
  switch (outcome.kind) {
    case "resolution":
      result = vote ? `adopted ${vote}` : "adopted";
      break;
    case "vetoed-draft": {
      const by = outcome.vetoedBy.length > 0 ? `vetoed by ${namesOf(outcome.vetoedBy, nameOf)}` : "vetoed";
      result = vote ? `${by}, ${vote}` : by;
      break;
    }
    case "draft-not-adopted":
      result = vote ? `not adopted, ${vote}` : "not adopted";
      break;
    default:
      result = vote ? `${outcomeKindLabels[outcome.kind].phrase}, ${vote}` : namedKind ? outcomeKindLabels[outcome.kind].phrase : "";
  }
  const extras = [
    outcome.notParticipating.length > 0 ? `did not participate: ${namesOf(outcome.notParticipating, nameOf)}` : undefined,
    outcome.note,
  ].filter(Boolean);
  return [result, ...extras].filter(Boolean).join("; ");
}

/** "S/RES/1483 (2003) — adopted 14-0-0; did not participate: Syrian Arab Republic". */
export function outcomeSummary(outcome: Outcome, nameOf: (id: string) => string): string {
  const result = outcomeResult(outcome, nameOf);
  return outcome.symbol ? `${outcome.symbol} — ${result}` : upperFirst(result);
}
