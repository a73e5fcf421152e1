import type { DatasetIndex } from "@/lib/model/dataset";
import { describeEvidence } from "@/lib/model/evidence";
import type { Entity, Evidence, Meeting, Participation } from "@/lib/model/schema";
import type { Selection } from "@/lib/store/types";
import { csvText } from "./csv";

// The selected meetings and entities as files for a class exercise: every record with
// the evidence it rests on. CSV has one row per selected record; JSON has the records
// whole, each with its participations and their evidence.

const header = ["record", "id", "name", "date", "kind", "details", "participations", "evidence"] as const;

const evidenceText = (sources: readonly Evidence[]) => sources.map(describeEvidence).join("; ");

function meetingRow(meeting: Meeting, participations: readonly Participation[]) {
  const outcomes = meeting.outcomes.map((outcome) => [outcome.symbol, outcome.vote ? `${outcome.vote.for}-${outcome.vote.against}-${outcome.vote.abstain}` : ""].filter(Boolean).join(" ")).join("; ");
  const details = [meeting.topic, meeting.closed ? "closed" : "", meeting.records.verbatim ?? "", outcomes].filter(Boolean).join(" | ");
  return ["meeting", meeting.id, meeting.agendaItem ?? meeting.topic, meeting.date, meeting.kind, details, participations.length, evidenceText(meeting.sources)];
}

function entityRow(entity: Entity, participations: readonly Participation[]) {
  const meetings = new Set(participations.map((participation) => participation.meetingId));
  const details = [entity.title, entity.orgKind, entity.iso3].filter(Boolean).join(" | ");
  return ["entity", entity.id, entity.name, "", entity.kind, details, `${participations.length} in ${meetings.size} meetings`, evidenceText(entity.sources ?? [])];
}

function selected(index: DatasetIndex, selection: Selection) {
  const meetings = selection.meetings.flatMap((id) => {
    const meeting = index.meetingsById.get(id);
    return meeting ? [{ meeting, participations: index.participationsByMeeting.get(id) ?? [] }] : [];
  });
  const entities = selection.entities.flatMap((id) => {
    const entity = index.entitiesById.get(id);
    return entity ? [{ entity, participations: index.participationsByEntity.get(id) ?? [] }] : [];
  });
  return { meetings, entities };
}

/** One row per selected meeting and entity, with a header. */
export function selectionCsv(index: DatasetIndex, selection: Selection): string {
  const { meetings, entities } = selected(index, selection);
  return csvText(header, [...meetings.map(({ meeting, participations }) => meetingRow(meeting, participations)), ...entities.map(({ entity, participations }) => entityRow(entity, participations))]);
}

/** The selected records whole, with their participations and evidence, and where and when they came from. */
export function selectionJson(index: DatasetIndex, selection: Selection, about: { sourceLine: string; link: string }): string {
  const { meetings, entities } = selected(index, selection);
  return `${JSON.stringify(
    {
      exportedFrom: "Council Explorer",
      link: about.link,
      sources: about.sourceLine,
      meetings: meetings.map(({ meeting, participations }) => ({ ...meeting, participations })),
      entities: entities.map(({ entity, participations }) => ({ ...entity, participations })),
    },
    null,
    2,
  )}\n`;
}
