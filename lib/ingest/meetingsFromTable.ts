import type { PresidencyMonth } from "@/lib/model/dataset";
import type { Meeting, Outcome } from "@/lib/model/schema";
import { subjectAreaFor } from "@/lib/model/subjectAreas";
import type { TableMeeting, TableOutcome } from "@/lib/sources/meetingsTable";
import type { Problem } from "@/lib/sources/problem";
import { tableEvidence } from "./evidence";
import { presidencyFor } from "./presidency";
import type { EntityResolver } from "./resolver";

export interface MeetingContext {
  resolver: EntityResolver;
  presidencies: readonly PresidencyMonth[];
  /** Records a name the resolver did not know and returns the id it now has. */
  unresolved(name: string, problem: Omit<Problem, "code" | "message" | "excerpt">, date: string): string;
}

function resolveNames(names: readonly string[], date: string, context: MeetingContext, where: { file: string; line: number }): string[] {
  return names.map((name) => context.resolver.resolveName(name, date) ?? context.unresolved(name, where, date));
}

const EXTRA_SYMBOL = /S\/\d[\w./]*|Add\.\d+/g;

/**
 * Every symbol of an outcome that gives several ("S/507 & Add.1 & S/516", "S/1076 and
 * S/1077"): the parser keeps the first as the symbol and the rest in the note, where an
 * "Add.1" belongs to the symbol before it.
 */
export function outcomeSymbols(symbol: string | undefined, note: string | undefined): string[] | undefined {
  if (!symbol || !note || !/^(?:(?:&|and|,|\s)*(?:S\/\d[\w./]*|Add\.\d+))+\s*$/.test(note)) return undefined;
  const symbols = [symbol];
  for (const [text] of note.matchAll(EXTRA_SYMBOL)) symbols.push(text.startsWith("Add.") ? `${symbols[symbols.length - 1]!.replace(/\/Add\.\d+$/, "")}/${text}` : text);
  return symbols;
}

function toOutcome(outcome: TableOutcome, date: string, context: MeetingContext, where: { file: string; line: number }): Outcome {
  const symbols = outcomeSymbols(outcome.symbol, outcome.note);
  return {
    kind: outcome.kind,
    ...(outcome.symbol ? { symbol: outcome.symbol } : {}),
    ...(symbols ? { symbols } : {}),
    ...(outcome.vote ? { vote: outcome.vote } : {}),
    vetoedBy: resolveNames(outcome.vetoedByNames, date, context, where),
    notParticipating: resolveNames(outcome.notParticipatingNames, date, context, where),
    ...(outcome.note ? { note: outcome.note } : {}),
    ...(outcome.topic ? { topic: outcome.topic } : {}),
  };
}

/** A table row (and its continuation rows) as a Meeting of the data contract. */
export function meetingFromTable(row: TableMeeting, context: MeetingContext): Meeting {
  const where = { file: row.evidence.file, line: row.evidence.line };
  const presidency = presidencyFor(row.date, context.presidencies);
  return {
    id: row.id,
    kind: row.kind,
    ...(row.number !== undefined ? { number: row.number } : {}),
    ...(row.resumption !== undefined ? { resumption: row.resumption } : {}),
    ...(row.part !== undefined ? { part: row.part } : {}),
    date: row.date,
    ...(row.endDate ? { endDate: row.endDate } : {}),
    topic: row.topics.join(" / "),
    topics: row.topics,
    closed: row.closed,
    subjectArea: subjectAreaFor(row.topics).id,
    records: { ...(row.records.verbatim ? { verbatim: row.records.verbatim } : {}), corrigenda: row.records.corrigenda, pressReleases: row.records.pressReleases, ...(row.records.letters?.length ? { letters: row.records.letters } : {}) },
    outcomes: row.outcomes.map((outcome) => toOutcome(outcome, row.date, context, where)),
    ...(presidency ? { presidency } : {}),
    sources: [tableEvidence(row.evidence.file, row.evidence)],
  };
}
