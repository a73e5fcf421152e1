import { subjectEdges } from "@/lib/ingest/inferredEdges";
import { meetingFromTable, type MeetingContext } from "@/lib/ingest/meetingsFromTable";
import { compileSubjectPatterns } from "@/lib/ingest/subjects";
import { UnresolvedRegistry } from "@/lib/ingest/unresolvedEntities";
import { parseMeetingsTable } from "@/lib/sources/meetingsTable";
import type { ImportContext } from "./importContext";
import { importedEvidence, type ImportSource } from "./importTypes";

// A UN library table of another year (or a fresher copy of one): its meetings, with the
// subjects their topics name inferred as the ingest infers them.

export function tableRecords(html: string, year: number, source: ImportSource, context: ImportContext) {
  const parsed = parseMeetingsTable(html, { file: source.fileName, year });
  const unresolved = new UnresolvedRegistry();
  const meetingContext: MeetingContext = {
    resolver: context.resolver,
    presidencies: context.presidencies,
    unresolved: (name, where, date) => unresolved.register(name, importedEvidence({ source: "un-meetings-table", file: where.file, line: where.line, note: date }, source), where),
  };
  const meetings = parsed.meetings.map((row) => {
    const meeting = meetingFromTable(row, meetingContext);
    return { ...meeting, sources: meeting.sources.map((evidence) => importedEvidence(evidence, source)) };
  });
  const participations = subjectEdges(meetings, context.resolver, compileSubjectPatterns(context.resolver));
  return { meetings, participations, entities: unresolved.all(), problems: [...parsed.problems, ...unresolved.problems], rows: parsed.rowCount };
}
