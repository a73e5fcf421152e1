import { onPdfPage } from "@/lib/ingest/buildDataset";
import { repertoireEvidence } from "@/lib/ingest/evidence";
import { participationsFromRepertoire, repertoireMeetingId } from "@/lib/ingest/participationsFromRepertoire";
import { presidencyFor } from "@/lib/ingest/presidency";
import { UnresolvedRegistry } from "@/lib/ingest/unresolvedEntities";
import type { Evidence, Meeting, Outcome, Participation } from "@/lib/model/schema";
import { subjectAreaFor } from "@/lib/model/subjectAreas";
import type { Problem } from "@/lib/sources/problem";
import { parseRepertoire } from "@/lib/sources/repertoire";
import type { RepertoireItem, RepertoireMeeting, RepertoireOutcome } from "@/lib/sources/repertoireTypes";
import type { ImportContext } from "./importContext";
import { importedEvidence, type ImportSource } from "./importTypes";

// A Repertoire item a user brings: the same parser and reshaping as the ingest, every
// record stamped "imported". The item also defines its meetings (number, date, agenda
// item, decisions), so an item of a year the page has not loaded still shows on the
// timeline; where the loaded calendar has the meeting, the calendar's record is kept.

function outcomeOf(outcome: RepertoireOutcome, participations: readonly Participation[], meetingId: string): Outcome {
  const label = outcome.symbol ?? outcome.draftSymbols[0];
  const withRole = (role: Participation["role"]) =>
    participations.filter((p) => p.meetingId === meetingId && p.role === role && (!label || p.id.endsWith(`|${label}`))).map((p) => p.entityId);
  return {
    kind: outcome.kind,
    ...(outcome.symbol ? { symbol: outcome.symbol } : outcome.draftSymbols[0] ? { symbol: outcome.draftSymbols[0] } : {}),
    ...(outcome.vote ? { vote: outcome.vote } : {}),
    vetoedBy: withRole("vetoed"),
    notParticipating: withRole("not-participating"),
    ...(outcome.adoptedUnanimously ? { note: "adopted unanimously" } : {}),
  };
}

function meetingOf(item: RepertoireItem, meeting: RepertoireMeeting, evidence: Evidence, participations: readonly Participation[], context: ImportContext): Meeting {
  const id = repertoireMeetingId(meeting);
  const topic = meeting.agendaItemTitle ?? item.title;
  const stated = participations.find((p) => p.meetingId === id && p.role === "president")?.entityId;
  const presidency = stated ?? presidencyFor(meeting.date, context.presidencies);
  return {
    id,
    kind: "meeting",
    number: meeting.number,
    ...(meeting.resumption ? { resumption: meeting.resumption } : {}),
    date: meeting.date,
    topic,
    topics: [topic],
    agendaItem: topic,
    agendaItemNumber: item.number,
    closed: false,
    subjectArea: subjectAreaFor([topic]).id,
    records: { corrigenda: [], pressReleases: [] },
    outcomes: meeting.outcomes.map((outcome) => outcomeOf(outcome, participations, id)),
    ...(presidency ? { presidency } : {}),
    sources: [evidence],
  };
}

export function repertoireRecords(text: string, source: ImportSource, context: ImportContext, pdfLines?: ReadonlyArray<{ page: number; line: number } | null>) {
  const parsed = parseRepertoire(text, { file: source.fileName });
  const stamp = (evidence: Evidence) => importedEvidence(pdfLines ? onPdfPage(evidence, pdfLines) : evidence, source);
  const unresolved = new UnresolvedRegistry();
  const ids = new Set(parsed.items.flatMap((item) => item.meetings.map(repertoireMeetingId)));
  const model = participationsFromRepertoire(parsed.items, { file: source.fileName, resolver: context.resolver, reference: context.reference, membership: context.membership, unresolved, calendarIds: ids, stamp });
  const meetings = parsed.items.flatMap((item) =>
    item.meetings.map((meeting) => meetingOf(item, meeting, stamp(repertoireEvidence(source.fileName, item.number, meeting.span)), model.participations, context)),
  );
  const problems: Problem[] = [...parsed.problems, ...model.problems, ...unresolved.problems];
  return { meetings, participations: model.participations, entities: [...model.entities, ...unresolved.all()], problems, items: parsed.items.length };
}
