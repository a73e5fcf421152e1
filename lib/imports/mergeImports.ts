import { corroborate } from "@/lib/model/corroboration";
import type { Dataset } from "@/lib/model/dataset";
import type { Entity, Meeting, Participation } from "@/lib/model/schema";
import type { ImportLayer } from "./importTypes";
import { meetingYears } from "@/lib/model/meetingYears";

// The dataset the explorer shows: the shipped data, then each visible import in the order
// it was made. A layer adds what the data does not have; where the shipped calendar (or
// an earlier layer) already has a meeting, that record stays and the layer only adds its
// evidence and agenda item, so removing the layer takes back exactly what it added. A
// participation the data already states becomes one more source of it (corroboration.ts).

function byMeetingOrder(a: Meeting, b: Meeting): number {
  return a.date.localeCompare(b.date) || (a.number ?? 0) - (b.number ?? 0) || a.id.localeCompare(b.id, "en");
}

export function mergeImports(base: Dataset, layers: readonly ImportLayer[]): Dataset {
  const visible = layers.filter((layer) => !layer.hidden);
  if (visible.length === 0) return base;
  const meetings = new Map(base.meetings.map((meeting) => [meeting.id, meeting]));
  const entities = new Map(base.entities.map((entity) => [entity.id, entity]));
  for (const layer of visible) {
    for (const meeting of layer.meetings) {
      const existing = meetings.get(meeting.id);
      if (!existing) meetings.set(meeting.id, meeting);
      else {
        meetings.set(meeting.id, {
          ...existing,
          ...(existing.agendaItem === undefined && meeting.agendaItem !== undefined ? { agendaItem: meeting.agendaItem, agendaItemNumber: meeting.agendaItemNumber } : {}),
          sources: [...existing.sources, ...meeting.sources],
        });
      }
    }
    for (const entity of layer.entities) if (!entities.has(entity.id)) entities.set(entity.id, entity);
  }
  // A fact the data (or an earlier layer) already states gains the layer's evidence, not a second edge.
  const merged: Participation[] = corroborate([...base.participations, ...visible.flatMap((layer) => layer.participations)]);
  // An inferred president gives way to the one an import states, as in the ingest.
  const statedPresident = new Set(merged.filter((p) => p.role === "president" && p.certainty === "stated").map((p) => p.meetingId));
  const kept = merged.filter((p) => !(p.role === "president" && p.certainty === "inferred" && statedPresident.has(p.meetingId)));
  const allMeetings = [...meetings.values()].sort(byMeetingOrder);
  const years = meetingYears(allMeetings, base.years);
  return {
    ...base,
    years,
    meetings: allMeetings,
    participations: kept,
    entities: [...entities.values()] as Entity[],
  };
}
