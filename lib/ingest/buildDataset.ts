import { corroborate } from "@/lib/model/corroboration";
import type { PresidencyMonth } from "@/lib/model/dataset";
import { entitySchema, meetingSchema, participationSchema, type Entity, type Evidence, type Meeting, type Participation } from "@/lib/model/schema";
import { parseMeetingsTable, type TableMeeting } from "@/lib/sources/meetingsTable";
import type { Problem } from "@/lib/sources/problem";
import { parseRepertoire } from "@/lib/sources/repertoire";
import { crossCheckVetoes, parseVetoTable, type VetoRecord } from "@/lib/sources/vetoTable";
import { checkEntityEras, checkMeetingOrder, checkResolutionNumbers, checkVetoAccounts, checkVoteTotals, type CheckResult } from "./consistencyChecks";
import { applyCorrections } from "./corrections";
import { parseCouncilMembers, type CouncilMembersData } from "./councilMembership";
import { entityCatalogue } from "./entityCatalogue";
import { presidencyEdges, subjectEdges } from "./inferredEdges";
import { meetingFromTable, type MeetingContext } from "./meetingsFromTable";
import { participationsFromRepertoire } from "./participationsFromRepertoire";
import { presidencyMonths } from "./presidency";
import { parseReference, referenceYear, type Reference } from "./reference";
import { compileSubjectPatterns } from "./subjects";
import { UnresolvedRegistry } from "./unresolvedEntities";
import { reconcileVetoes, type VetoDisagreement } from "./vetoAccounts";
import { voteEdges } from "./voteEdges";

export interface SourceTexts {
  reference: unknown;
  /** ../shared/data/council-members-1946-2022.json, parsed JSON; without it, no membership outside the reference year. */
  councilMembers?: unknown;
  /** One UN library table per year (2020 has two files). `file` is relative to the sources folder. */
  tables: Array<{ file: string; year: number; html: string }>;
  vetoTable?: { file: string; html: string };
  /** Repertoire items; text extracted from a PDF brings the page and line of each of its lines. */
  repertoire: Array<{ file: string; text: string; pdfLines?: Array<{ page: number; line: number } | null> }>;
}

export interface TableStats {
  file: string;
  year: number;
  rows: number;
  rowsParsed: number;
  meetings: number;
  /** The lowest and highest meeting numbers the table gives (undefined for a table of videoconferences only). */
  firstMeeting?: number;
  lastMeeting?: number;
  problems: number;
}

export interface BuiltDataset {
  /** The year of the reference facts, the one the explorer opens on. */
  referenceYear: number;
  /** The reference facts as parsed: the browser's import resolves names with the same data. */
  reference: Reference;
  /** Each year's members, for the browser's import to expand "all members" as the ingest did; undefined without the membership file. */
  councilMembers?: CouncilMembersData;
  meetings: Meeting[];
  entities: Entity[];
  participations: Participation[];
  presidencies: PresidencyMonth[];
  vetoes: VetoRecord[];
  problems: Problem[];
  tableStats: TableStats[];
  /** Rows of the veto list and vetoes read from them; undefined without a veto list. */
  vetoStats?: { file: string; rows: number; vetoes: number };
  /** The consistency checks of lib/ingest/consistencyChecks.ts, each with its exceptions. */
  checks: CheckResult[];
}

const byMeetingOrder = (a: Meeting, b: Meeting) => a.date.localeCompare(b.date) || (a.number ?? 0) - (b.number ?? 0) || a.id.localeCompare(b.id, "en");
const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function meetingsFromTables(sources: SourceTexts, context: MeetingContext, problems: Problem[], tableStats: TableStats[], rows: TableMeeting[]) {
  const meetings = new Map<string, Meeting>();
  for (const table of sources.tables) {
    const parsed = parseMeetingsTable(table.html, { file: table.file, year: table.year });
    problems.push(...parsed.problems);
    const numbers = parsed.meetings.flatMap((meeting) => (meeting.number === undefined ? [] : [meeting.number]));
    tableStats.push({
      file: table.file, year: table.year, rows: parsed.rowCount, rowsParsed: parsed.rowsParsed, meetings: parsed.meetings.length,
      ...(numbers.length > 0 ? { firstMeeting: Math.min(...numbers), lastMeeting: Math.max(...numbers) } : {}),
      problems: parsed.problems.length,
    });
    rows.push(...parsed.meetings);
    for (const row of parsed.meetings) {
      const meeting = meetingFromTable(row, context);
      if (meetings.has(meeting.id)) {
        problems.push({ file: table.file, line: row.evidence.line, code: "duplicate-meeting", message: `buildDataset: meeting ${meeting.id} appears twice; the first is kept`, excerpt: meeting.topic });
        continue;
      }
      meetings.set(meeting.id, meeting);
    }
  }
  return meetings;
}

/**
 * Sources in, validated model out: the one place where the parsers' raw records meet
 * the reference data. Pure: the ingest script does the reading and writing.
 */
export function buildDataset(sources: SourceTexts): BuiltDataset {
  const reference: Reference = parseReference(sources.reference);
  const catalogue = entityCatalogue(reference);
  const { resolver } = catalogue;
  const membership = sources.councilMembers === undefined ? undefined : parseCouncilMembers(sources.councilMembers);
  const presidencies = presidencyMonths(reference);
  const unresolved = new UnresolvedRegistry();
  const problems: Problem[] = [];
  const tableStats: TableStats[] = [];
  const context: MeetingContext = {
    resolver,
    presidencies,
    unresolved: (name, where, date) => unresolved.register(name, { source: "un-meetings-table", file: where.file, line: where.line, note: date }, where),
  };
  const tableRows: TableMeeting[] = [];
  const meetingsById = meetingsFromTables(sources, context, problems, tableStats, tableRows);
  problems.push(...applyCorrections(meetingsById));

  const stated: Participation[] = [];
  const derivedEntities: Entity[] = [];
  for (const document of sources.repertoire) {
    const parsed = parseRepertoire(document.text, { file: document.file });
    problems.push(...parsed.problems);
    const pdfLines = document.pdfLines;
    const stamp = pdfLines ? (evidence: Evidence) => onPdfPage(evidence, pdfLines) : undefined;
    const model = participationsFromRepertoire(parsed.items, { file: document.file, resolver, reference, unresolved, calendarIds: new Set(meetingsById.keys()), membership, ...(stamp ? { stamp } : {}) });
    problems.push(...model.problems);
    stated.push(...model.participations);
    derivedEntities.push(...model.entities);
    for (const join of model.joins) {
      const meeting = meetingsById.get(join.meetingId);
      if (meeting) meetingsById.set(join.meetingId, { ...meeting, agendaItem: join.agendaItem, agendaItemNumber: join.agendaItemNumber, sources: [...meeting.sources, join.evidence] });
    }
  }

  let vetoes: VetoRecord[] = [];
  let disagreements: VetoDisagreement[] = [];
  let vetoStats: BuiltDataset["vetoStats"];
  if (sources.vetoTable) {
    const parsed = parseVetoTable(sources.vetoTable.html, { file: sources.vetoTable.file });
    vetoes = parsed.vetoes;
    vetoStats = { file: sources.vetoTable.file, rows: parsed.rowCount, vetoes: parsed.vetoes.length };
    problems.push(...parsed.problems, ...crossCheckVetoes(tableRows, vetoes));
    const where = { file: sources.vetoTable.file, line: 0 };
    disagreements = reconcileVetoes(meetingsById, vetoes, (names, date) => names.map((name) => resolver.resolveName(name, date) ?? context.unresolved(name, where, date)));
  }

  const meetings = [...meetingsById.values()].sort(byMeetingOrder);
  const patterns = compileSubjectPatterns(resolver);
  // A vote both the tables and the Repertoire state is one edge with both sources, the table's first, as in the browser's merge of an import.
  const participations = [...corroborate([...voteEdges(meetings), ...stated]), ...presidencyEdges(meetings, stated), ...subjectEdges(meetings, resolver, patterns)];
  const councilYears = membership?.yearsByEntity() ?? new Map<string, number[]>();
  const usedIds = new Set([...participations.flatMap((p) => [p.entityId, ...(p.onBehalfOf ? [p.onBehalfOf] : [])]), ...councilYears.keys()]);
  const withYears = (entity: Entity): Entity => (councilYears.has(entity.id) ? { ...entity, councilYears: councilYears.get(entity.id)! } : entity);
  // The other eras' entities go to data/ when an edge or a Council seat names them, or a succession links them to one that does.
  const named = catalogue.entities.filter((entity) => !catalogue.optional.has(entity.id) || usedIds.has(entity.id));
  for (const entity of named) for (const id of [...(entity.successors ?? []), ...(entity.predecessors ?? [])]) usedIds.add(id);
  const catalogued = catalogue.entities.filter((entity) => !catalogue.optional.has(entity.id) || usedIds.has(entity.id));
  const entities = [...catalogued, ...derivedEntities, ...unresolved.all()].map(withYears);
  problems.push(...unresolved.problems);
  const checks = [
    checkResolutionNumbers(meetings),
    checkVetoAccounts(meetings, disagreements),
    ...(membership ? [checkVoteTotals(meetings, membership)] : []),
    checkMeetingOrder(meetings),
    checkEntityEras(participations, meetings, entities),
  ];

  return {
    referenceYear: referenceYear(reference),
    reference,
    ...(membership ? { councilMembers: membership.toData() } : {}),
    meetings: meetings.map((meeting) => meetingSchema.parse(meeting)),
    entities: entities.map((entity) => entitySchema.parse(entity)).sort(byId),
    participations: participations.map((participation) => participationSchema.parse(participation)).sort(byId),
    presidencies,
    vetoes,
    problems,
    tableStats,
    ...(vetoStats ? { vetoStats } : {}),
    checks,
  };
}

/** Evidence in text extracted from a PDF points at the page, and the line on that page. */
export function onPdfPage(evidence: Evidence, pdfLines: ReadonlyArray<{ page: number; line: number } | null>): Evidence {
  const at = evidence.line ? pdfLines[evidence.line - 1] : undefined;
  return at ? { ...evidence, page: at.page, line: at.line } : evidence;
}
