import type { Meeting } from "./schema";

/**
 * The one glyph a meeting mark shows. A meeting can have several outcomes; the one a
 * reader most needs to see wins: a veto over a resolution over a statement.
 */
export const outcomeClasses = ["vetoed-draft", "resolution", "presidential-statement", "communique", "draft-not-adopted", "other", "none"] as const;
export type OutcomeClass = (typeof outcomeClasses)[number];

const rankOf = new Map<string, number>(outcomeClasses.map((outcomeClass, rank) => [outcomeClass, rank]));
const noneRank = outcomeClasses.indexOf("none");

// Called for every meeting on every filter and frame-data pass (9,500 across all years):
// a loop over its one or two outcomes, with nothing allocated.
export function outcomeClassOf(meeting: Pick<Meeting, "outcomes">): OutcomeClass {
  let best = noneRank;
  for (const outcome of meeting.outcomes) {
    const rank = rankOf.get(outcome.kind);
    if (rank !== undefined && rank < best) best = rank;
  }
  return outcomeClasses[best]!;
}
