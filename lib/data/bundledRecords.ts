import { isRealIsoDate } from "@/lib/text/calendar";
import { meetingKinds, outcomeKinds, participationRoles } from "@/lib/model/vocabulary";
import { count, flag, list, oneOf, text } from "./columnCodec";
import { optional, record, required } from "./recordCodec";

// How the years bundle keeps data/'s meetings and participations (lib/model/schema.ts):
// every field of the contract has a column, and the fields data/ makes by a rule from
// other fields are rebuilt instead of stored. `required` marks what the browser's shape
// check requires (lib/data/dataFileShapes.ts), and a value read from a column always
// passes that check's test for its field, so a record whose checked fields all come from
// columns needs no second check. A value that fails it never gets a column: it is kept
// verbatim, and its record is checked as its own file would be.

const anyText = text();
const nonEmptyText = text((value) => value.length > 0, "a non-empty string");
const ids = list(anyText);

// Derivations see the record as read from the bundle: any field may hold a stray value,
// so each checks its inputs' types and gives null when the rule cannot apply. A rule sees
// its own record only: the verbatim record's symbol ("S/PV.4739") follows the meeting's
// number, but from the meeting, not from its `records`, so it is kept as a string.

/** "4739", "4877-R1", "4820-P2": the ingest's id for a numbered meeting. */
export function meetingIdOf(meeting: Record<string, unknown>): string | null {
  const { number, resumption, part } = meeting;
  if (typeof number !== "number") return null;
  if (resumption !== undefined && typeof resumption !== "number") return null;
  if (part !== undefined && typeof part !== "number") return null;
  return `${number}${resumption === undefined ? "" : `-R${resumption}`}${part === undefined ? "" : `-P${part}`}`;
}

/** The table's label: its agenda items joined with " / ", in order. */
export function topicOf(meeting: Record<string, unknown>): string | null {
  const { topics } = meeting;
  if (!Array.isArray(topics) || !topics.every((topic) => typeof topic === "string")) return null;
  // One item is the label itself: the same string, not a copy.
  return topics.length === 1 ? (topics[0] as string) : topics.join(" / ");
}

/** The ingest's stable id: meeting, role and entity, then on whose behalf, then "inferred" for an inferred edge. */
export function participationIdOf(participation: Record<string, unknown>): string | null {
  const { meetingId, role, entityId, onBehalfOf, certainty } = participation;
  if (typeof meetingId !== "string" || typeof role !== "string" || typeof entityId !== "string") return null;
  if (onBehalfOf !== undefined && typeof onBehalfOf !== "string") return null;
  return `${meetingId}|${role}|${entityId}${onBehalfOf === undefined ? "" : `|${onBehalfOf}`}${certainty === "inferred" ? "|inferred" : ""}`;
}

const evidence = record({
  source: required(anyText),
  file: optional(anyText),
  line: optional(count),
  row: optional(count),
  item: optional(count),
  footnote: optional(count),
  page: optional(count),
  importId: optional(anyText),
  importedAt: optional(anyText),
  start: optional(count),
  end: optional(count),
  note: optional(anyText),
});

// The shape check does not look into veto accounts or corrections: nothing there is required.
const vetoAccount = record({
  source: optional(anyText),
  vetoedBy: optional(ids),
  draft: optional(anyText),
  date: optional(anyText),
  meetingNumber: optional(count),
  evidence: optional(evidence),
});

const outcome = record({
  kind: required(oneOf(outcomeKinds)),
  symbol: optional(anyText),
  symbols: optional(ids),
  vote: optional(record({ for: required(count), against: required(count), abstain: required(count) })),
  vetoedBy: required(ids),
  notParticipating: required(ids),
  note: optional(anyText),
  topic: optional(anyText),
  vetoAccounts: optional(list(vetoAccount)),
});

const correction = record({
  id: optional(anyText),
  field: optional(anyText),
  sourceText: optional(anyText),
  corrected: optional(anyText),
  reason: optional(anyText),
  reference: optional(anyText),
});

export const meetingCodec = record({
  id: required(nonEmptyText, meetingIdOf),
  kind: required(oneOf(meetingKinds)),
  number: optional(count),
  resumption: optional(count),
  part: optional(count),
  date: required(text(isRealIsoDate, "a real calendar date (YYYY-MM-DD)")),
  endDate: optional(anyText),
  topic: required(anyText, topicOf),
  topics: required(ids),
  agendaItem: optional(anyText),
  agendaItemNumber: optional(count),
  closed: required(flag),
  subjectArea: required(anyText),
  records: required(
    record({
      verbatim: optional(anyText),
      corrigenda: optional(ids),
      pressReleases: optional(ids),
      letters: optional(ids),
    }),
  ),
  outcomes: required(list(outcome)),
  presidency: optional(anyText),
  corrections: optional(list(correction)),
  sources: required(list(evidence)),
});

export const participationCodec = record({
  id: required(anyText, participationIdOf),
  meetingId: required(nonEmptyText),
  entityId: required(nonEmptyText),
  role: required(oneOf(participationRoles)),
  onBehalfOf: optional(anyText),
  capacity: optional(anyText),
  note: optional(anyText),
  evidence: required(evidence),
  certainty: required(oneOf(["stated", "inferred"])),
});
