import type { Dataset, PresidencyMonth, SubjectAreaInfo } from "@/lib/model/dataset";
import type { Entity, Meeting, Participation } from "@/lib/model/schema";

export interface DataParts {
  years: number[];
  meetings: Meeting[][];
  participations: Participation[][];
  entities: Entity[];
  presidencies: PresidencyMonth[];
  subjectAreas: SubjectAreaInfo[];
}

/**
 * The Dataset a view needs from the per-year files of data/: meetings and edges of the
 * chosen years, and only the entities those edges (or vetoes) name, plus the members of
 * any organization among them, so the details panel can name them.
 */
export function assembleDataset(parts: DataParts): Dataset {
  const meetings = parts.meetings.flat();
  const participations = parts.participations.flat();
  const wanted = new Set<string>();
  for (const participation of participations) {
    wanted.add(participation.entityId);
    if (participation.onBehalfOf) wanted.add(participation.onBehalfOf);
  }
  for (const meeting of meetings) {
    if (meeting.presidency) wanted.add(meeting.presidency);
    for (const outcome of meeting.outcomes) {
      for (const id of outcome.vetoedBy) wanted.add(id);
      for (const id of outcome.notParticipating) wanted.add(id);
    }
  }
  const byId = new Map(parts.entities.map((entity) => [entity.id, entity]));
  for (const id of [...wanted]) for (const member of byId.get(id)?.members ?? []) wanted.add(member);
  const years = new Set(parts.years.map(String));
  return {
    years: parts.years,
    meetings,
    participations,
    entities: parts.entities.filter((entity) => wanted.has(entity.id)),
    presidencies: parts.presidencies.filter((presidency) => years.has(presidency.month.slice(0, 4))),
    subjectAreas: parts.subjectAreas,
  };
}
