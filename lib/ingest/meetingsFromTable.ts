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

function toOutcome(outcome: TableOutcome, date: string, context: MeetingContext, where: { file: string; line: number }): Outcome {
  return {
    kind: outcome.kind,
    ...(outcome.symbol ? { symbol: outcome.symbol } : {}),
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
    topic: row.topics.join(" / "),
    topics: row.topics,
    closed: row.closed,
    subjectArea: subjectAreaFor(row.topics).id,
    records: row.records,
    outcomes: row.outcomes.map((outcome) => toOutcome(outcome, row.date, context, where)),
    ...(presidency ? { presidency } : {}),
    sources: [tableEvidence(row.evidence.file, row.evidence)],
  };
}
