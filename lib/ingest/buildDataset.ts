import type { PresidencyMonth } from "@/lib/model/dataset";
import { entitySchema, meetingSchema, participationSchema, type Entity, type Meeting, type Participation } from "@/lib/model/schema";
import { parseMeetingsTable, type TableMeeting } from "@/lib/sources/meetingsTable";
import type { Problem } from "@/lib/sources/problem";
import { parseRepertoire } from "@/lib/sources/repertoire";
import { crossCheckVetoes, parseVetoTable, type VetoRecord } from "@/lib/sources/vetoTable";
import { presidencyEdges, subjectEdges } from "./inferredEdges";
import { meetingFromTable, type MeetingContext } from "./meetingsFromTable";
import { participationsFromRepertoire } from "./participationsFromRepertoire";
import { presidencyMonths } from "./presidency";
import { parseReference, referenceEntities, referenceYear, type Reference } from "./reference";
import { EntityResolver } from "./resolver";
import { compileSubjectPatterns } from "./subjects";
import { supplementaryStates } from "./supplementaryStates";
import { UnresolvedRegistry } from "./unresolvedEntities";

export interface SourceTexts {
  reference: unknown;
  /** One UN library table per year (2020 has two files). `file` is relative to the sources folder. */
  tables: Array<{ file: string; year: number; html: string }>;
  vetoTable?: { file: string; html: string };
  repertoire: Array<{ file: string; text: string }>;
}

export interface TableStats {
  file: string;
  year: number;
  rows: number;
  rowsParsed: number;
  meetings: number;
  problems: number;
}

export interface BuiltDataset {
  /** The year of the reference facts, the one the explorer opens on. */
  referenceYear: number;
  meetings: Meeting[];
  entities: Entity[];
  participations: Participation[];
  presidencies: PresidencyMonth[];
  vetoes: VetoRecord[];
  problems: Problem[];
  tableStats: TableStats[];
}

const byMeetingOrder = (a: Meeting, b: Meeting) => a.date.localeCompare(b.date) || (a.number ?? 0) - (b.number ?? 0) || a.id.localeCompare(b.id, "en");
const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function meetingsFromTables(sources: SourceTexts, context: MeetingContext, problems: Problem[], tableStats: TableStats[], rows: TableMeeting[]) {
  const meetings = new Map<string, Meeting>();
  for (const table of sources.tables) {
    const parsed = parseMeetingsTable(table.html, { file: table.file, year: table.year });
    problems.push(...parsed.problems);
    tableStats.push({ file: table.file, year: table.year, rows: parsed.rowCount, rowsParsed: parsed.rowsParsed, meetings: parsed.meetings.length, problems: parsed.problems.length });
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
  const baseEntities = referenceEntities(reference);
  const resolver = new EntityResolver(reference, baseEntities, supplementaryStates);
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

  const stated: Participation[] = [];
  const derivedEntities: Entity[] = [];
  for (const document of sources.repertoire) {
    const parsed = parseRepertoire(document.text, { file: document.file });
    problems.push(...parsed.problems);
    const model = participationsFromRepertoire(parsed.items, { file: document.file, resolver, reference, unresolved, calendarIds: new Set(meetingsById.keys()) });
    problems.push(...model.problems);
    stated.push(...model.participations);
    derivedEntities.push(...model.entities);
    for (const join of model.joins) {
      const meeting = meetingsById.get(join.meetingId);
      if (meeting) meetingsById.set(join.meetingId, { ...meeting, agendaItem: join.agendaItem, agendaItemNumber: join.agendaItemNumber, sources: [...meeting.sources, join.evidence] });
    }
  }

  let vetoes: VetoRecord[] = [];
  if (sources.vetoTable) {
    const parsed = parseVetoTable(sources.vetoTable.html, { file: sources.vetoTable.file });
    vetoes = parsed.vetoes;
    problems.push(...parsed.problems, ...crossCheckVetoes(tableRows, vetoes));
  }

  const meetings = [...meetingsById.values()].sort(byMeetingOrder);
  const supplementary = supplementaryEntities();
  const patterns = compileSubjectPatterns(resolver);
  const participations = [...stated, ...presidencyEdges(meetings, stated), ...subjectEdges(meetings, resolver, patterns)];
  const usedIds = new Set(participations.flatMap((p) => [p.entityId, ...(p.onBehalfOf ? [p.onBehalfOf] : [])]));
  const entities = [...baseEntities, ...derivedEntities, ...unresolved.all(), ...supplementary.filter((entity) => usedIds.has(entity.id))];
  problems.push(...unresolved.problems);

  return {
    referenceYear: referenceYear(reference),
    meetings: meetings.map((meeting) => meetingSchema.parse(meeting)),
    entities: entities.map((entity) => entitySchema.parse(entity)).sort(byId),
    participations: participations.map((participation) => participationSchema.parse(participation)).sort(byId),
    presidencies,
    vetoes,
    problems,
    tableStats,
  };
}

/** Entities for the supplementary states, so subject edges to them have a node to land on. */
function supplementaryEntities(): Entity[] {
  return supplementaryStates.map((state) => ({
    id: `state:${state.iso3}`,
    kind: "state" as const,
    name: state.name,
    aliases: state.aliases,
    iso3: state.iso3,
    sources: [{ source: "reference" as const, file: "lib/model/supplementaryStates.ts", note: "ISO 3166 name and code, outside the 2003 reference file" }],
  }));
}
