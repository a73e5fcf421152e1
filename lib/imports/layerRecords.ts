import { entitySchema, meetingSchema, participationSchema, type Entity, type Meeting, type Participation } from "@/lib/model/schema";
import type { ImportContext } from "./importContext";

// The last step of every import: the records it made, validated against the data
// contract (imported text is hostile input), and the entities they name gathered so the
// layer carries each one it needs.

export function layerRecords(
  context: ImportContext,
  records: { meetings: Meeting[]; participations: Participation[]; entities: Entity[] },
): { meetings: Meeting[]; participations: Participation[]; entities: Entity[] } {
  const defined = new Map(records.entities.map((entity) => [entity.id, entity]));
  const named = new Set<string>();
  for (const p of records.participations) {
    named.add(p.entityId);
    if (p.onBehalfOf) named.add(p.onBehalfOf);
  }
  for (const meeting of records.meetings) {
    if (meeting.presidency) named.add(meeting.presidency);
    for (const outcome of meeting.outcomes) for (const id of [...outcome.vetoedBy, ...outcome.notParticipating]) named.add(id);
  }
  for (const id of [...named]) for (const member of (defined.get(id) ?? context.knownEntities.get(id))?.members ?? []) named.add(member);
  const entities = [...named].flatMap((id) => {
    const entity = defined.get(id) ?? context.knownEntities.get(id);
    return entity ? [entity] : [];
  });
  const unique = <T extends { id: string }>(list: T[]) => [...new Map(list.map((record) => [record.id, record])).values()];
  return {
    meetings: unique(records.meetings).map((meeting) => meetingSchema.parse(meeting)),
    participations: unique(records.participations).map((participation) => participationSchema.parse(participation)),
    entities: unique(entities).map((entity) => entitySchema.parse(entity)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
}
