import { z } from "zod";
import { entityKinds, evidenceSources, meetingKinds, outcomeKinds, participationRoles } from "./vocabulary";

export { entityKinds, meetingKinds, outcomeKinds, participationRoles, voteRoles, type EntityKind, type ParticipationRole, type VoteRole } from "./vocabulary";

// The data contract of ../shared/DESIGN.md. Every record the ingest writes is parsed
// with these schemas first, so data/ can only hold what this file allows.

/** Where a record came from. Offsets are character offsets into the source file. */
export const evidenceSchema = z.object({
  source: z.enum(evidenceSources),
  /** File name relative to the sources folder, e.g. "sources/un-meetings-tables/scact2003_table_en.html". */
  file: z.string().optional(),
  /** 1-based line of the source where the evidence starts. */
  line: z.number().int().positive().optional(),
  /** Table row (1-based, data rows only) for the UN meeting tables. */
  row: z.number().int().positive().optional(),
  /** Repertoire agenda item number. */
  item: z.number().int().positive().optional(),
  /** Repertoire footnote number within its item. */
  footnote: z.number().int().positive().optional(),
  /** Page of a PDF source (1-based); `line` then counts lines on that page, `start`/`end` the extracted text. */
  page: z.number().int().positive().optional(),
  /** For imported records: the import they belong to (lib/imports). */
  importId: z.string().optional(),
  /** For imported records: when the file was imported (ISO date and time). */
  importedAt: z.string().optional(),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
  /** A short human explanation, e.g. "presidency of April 2003" for inferred edges. */
  note: z.string().optional(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const voteSchema = z.object({
  for: z.number().int().nonnegative(),
  against: z.number().int().nonnegative(),
  abstain: z.number().int().nonnegative(),
});
export type Vote = z.infer<typeof voteSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** One vetoing account of an outcome: who cast a negative vote, as one source tells it. */
export const vetoAccountSchema = z.object({
  source: z.enum(["un-meetings-table", "un-veto-table"]),
  /** Entity ids of the permanent members this source says vetoed; empty when it records no veto. */
  vetoedBy: z.array(z.string()),
  /** The draft symbol as this source gives it. */
  draft: z.string().optional(),
  date: isoDate.optional(),
  meetingNumber: z.number().int().positive().optional(),
  evidence: evidenceSchema,
});
export type VetoAccount = z.infer<typeof vetoAccountSchema>;

export const outcomeSchema = z.object({
  kind: z.enum(outcomeKinds),
  /** The outcome's (first) document symbol. */
  symbol: z.string().optional(),
  /** Every symbol the source gives for this outcome, when it gives more than one ("S/1076 and S/1077"); the first is `symbol`. */
  symbols: z.array(z.string()).optional(),
  vote: voteSchema.optional(),
  /** Entity ids ("state:USA") of members that cast a negative vote on a vetoed draft. */
  vetoedBy: z.array(z.string()).default([]),
  /** Entity ids of members the record says did not participate in the vote. */
  notParticipating: z.array(z.string()).default([]),
  /** Adopted without a vote, by acclamation, etc.: whatever the table says beside the symbol. */
  note: z.string().optional(),
  /** The agenda item this outcome belongs to, when a meeting row continues over several items. */
  topic: z.string().optional(),
  /**
   * Where the yearly table and the veto list disagree about this draft: both accounts,
   * the yearly table's first. `vetoedBy` follows the rule in lib/ingest/vetoAccounts.ts.
   */
  vetoAccounts: z.array(vetoAccountSchema).optional(),
});
export type Outcome = z.infer<typeof outcomeSchema>;

/** A source error fixed in data/, never silently (lib/ingest/corrections.ts). */
export const correctionSchema = z.object({
  /** Stable id of the correction in lib/ingest/corrections.ts. */
  id: z.string().min(1),
  /** What was corrected, as a path into the record: "outcomes[0].symbol", "date", "id". */
  field: z.string().min(1),
  /** What the source says. */
  sourceText: z.string(),
  /** What data/ holds instead. */
  corrected: z.string(),
  /** Why, in one sentence. */
  reason: z.string().min(1),
  /** The evidence for the corrected value: the resolution's own symbol and date, the veto list, the verbatim record. */
  reference: z.string().min(1),
});
export type Correction = z.infer<typeof correctionSchema>;

export const meetingSchema = z.object({
  /** "4739"; "4877-R1" for a resumption; "4820-P2" for part II; "VTC-2020-05-12-1" for a videoconference. */
  id: z.string().min(1),
  kind: z.enum(meetingKinds),
  number: z.number().int().positive().optional(),
  resumption: z.number().int().positive().optional(),
  part: z.number().int().positive().optional(),
  /** ISO date, YYYY-MM-DD. */
  date: isoDate,
  /** The second day, when the table dates the meeting over two days ("14-15 October"). */
  endDate: isoDate.optional(),
  /** The library table's label; several agenda items are joined with " / " in the order given. */
  topic: z.string(),
  /** Each agenda item the table lists for this meeting. */
  topics: z.array(z.string()),
  /** The Repertoire's item title, when the Repertoire covers this meeting. */
  agendaItem: z.string().optional(),
  agendaItemNumber: z.number().int().positive().optional(),
  closed: z.boolean(),
  subjectArea: z.string(),
  records: z.object({
    verbatim: z.string().optional(),
    corrigenda: z.array(z.string()).default([]),
    pressReleases: z.array(z.string()).default([]),
    /** 2020–2021: the letters that carried the written procedure, briefings and vote outcome. */
    letters: z.array(z.string()).optional(),
  }),
  outcomes: z.array(outcomeSchema),
  /** Entity id of the state holding the monthly presidency, where the reference data knows it. */
  presidency: z.string().optional(),
  /** Source errors the ingest corrected in this record, each with its reason and reference. */
  corrections: z.array(correctionSchema).optional(),
  sources: z.array(evidenceSchema).min(1),
});
export type Meeting = z.infer<typeof meetingSchema>;

export const entitySchema = z.object({
  /** "state:MEX", "org:AU", "person:kofi-annan", "group:eu-acceding", "unresolved:…". */
  id: z.string().regex(/^(state|org|person|group|territory|unresolved):[A-Za-z0-9-]+$/),
  kind: z.enum(entityKinds),
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  iso3: z.string().length(3).optional(),
  orgKind: z.enum(["regional", "subregional", "union", "un-organ", "group"]).optional(),
  /** Entity ids of members (states), for organizations and groups. */
  members: z.array(z.string()).optional(),
  /** Role or title, for people ("Secretary-General of the United Nations"). */
  title: z.string().optional(),
  /** True when the name was found in a source but not in the reference data. */
  unresolved: z.boolean().optional(),
  /** First and last day the entity existed under this id (ISO dates), where it did not always. */
  validFrom: isoDate.optional(),
  validUntil: isoDate.optional(),
  /** Names the entity bore, or that meant it, in a period only: "Zaire" 1971–1997. `name` is the one display name. */
  names: z.array(z.object({ name: z.string().min(1), from: isoDate.optional(), until: isoDate.optional() })).optional(),
  /** Entity ids that continued or succeeded this one (USSR -> Russian Federation), and those it continued. */
  successors: z.array(z.string()).optional(),
  predecessors: z.array(z.string()).optional(),
  /** Calendar years the state sat on the Security Council (../shared/data/council-members-1946-2022.json). */
  councilYears: z.array(z.number().int()).optional(),
  sources: z.array(evidenceSchema).min(1),
});
export type Entity = z.infer<typeof entitySchema>;

export const participationSchema = z.object({
  /** Stable: `${meetingId}|${role}|${entityId}`, plus `|${onBehalfOf}` where set, plus `|inferred` for an inferred edge (lib/data/bundledRecords.ts rebuilds it by this rule). */
  id: z.string(),
  meetingId: z.string(),
  entityId: z.string(),
  role: z.enum(participationRoles),
  onBehalfOf: z.string().optional(),
  capacity: z.string().optional(),
  /** Said of this participant by the source: "did not make a statement", "also present". */
  note: z.string().optional(),
  evidence: evidenceSchema,
  /** Other sources that state the same fact (lib/model/corroboration.ts): one edge, every source named. */
  corroboratedBy: z.array(evidenceSchema).optional(),
  certainty: z.enum(["stated", "inferred"]),
});
export type Participation = z.infer<typeof participationSchema>;
