import type { Outcome } from "@/lib/model/schema";
import { outcomeKindLabels } from "@/lib/model/vocabularyLabels";
import { outcomeResult } from "@/lib/details/outcomeText";

// The words people use for what the Council decides, beyond the labels the app shows:
// "veto" and "vetoes" for a vetoed draft, "PRST" for a presidential statement (the
// UN's own abbreviation, in its symbols S/PRST/…), plurals for every kind.
const synonyms: Record<Outcome["kind"], readonly string[]> = {
  "vetoed-draft": ["veto", "vetoes", "vetoed", "vetoed drafts", "draft resolution"],
  resolution: ["resolutions", "adopted resolution"],
  "presidential-statement": ["presidential statements", "statement by the president", "prst"],
  communique: ["communiques", "closed meeting"],
  "draft-not-adopted": ["drafts not adopted", "draft resolution", "not adopted"],
  other: [],
};

/** People ask for "resolution 1483" or just "1483", not "S/RES/1483 (2003)". */
const resolutionNumber = /^S\/RES\/(\d+)/;

/** The search keys of one outcome: its kind in every form, its symbol, its number, who vetoed it. */
export function outcomeKeys(outcome: Outcome, nameOf: (id: string) => string): string[] {
  const labels = outcomeKindLabels[outcome.kind];
  const number = resolutionNumber.exec(outcome.symbol ?? "")?.[1];
  const vetoers = outcome.vetoedBy.map(nameOf);
  return [
    labels.label,
    labels.document,
    labels.phrase,
    ...synonyms[outcome.kind],
    outcome.symbol,
    // "S/RES/1483 (2003)" is also asked for without its year.
    outcome.symbol?.replace(/\s*\(\d{4}\)$/, ""),
    number && `resolution ${number}`,
    ...vetoers.flatMap((name) => [`vetoed by ${name}`, `veto ${name}`, name]),
  ].filter((key): key is string => !!key);
}

/** "Vetoed draft S/2003/980: vetoed by United States of America, 10-1-4", for a result's second line. */
export function outcomeLine(outcome: Outcome, nameOf: (id: string) => string): string {
  const head = [outcomeKindLabels[outcome.kind].label, outcome.symbol].filter(Boolean).join(" ");
  const result = outcomeResult(outcome, nameOf, { namedKind: false });
  return result ? `${head}: ${result}` : head;
}
