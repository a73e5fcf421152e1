import type { Meeting, Outcome } from "./schema";

/**
 * The one glyph a meeting mark shows. A meeting can have several outcomes; the one a
 * reader most needs to see wins: a veto over a resolution over a statement.
 */
export const outcomeClasses = ["vetoed-draft", "resolution", "presidential-statement", "communique", "draft-not-adopted", "other", "none"] as const;
export type OutcomeClass = (typeof outcomeClasses)[number];

export function outcomeClassOf(meeting: Pick<Meeting, "outcomes">): OutcomeClass {
  const kinds = new Set<Outcome["kind"]>(meeting.outcomes.map((outcome) => outcome.kind));
  for (const candidate of outcomeClasses) {
    if (candidate !== "none" && kinds.has(candidate)) return candidate;
  }
  return "none";
}
