import { meetingsWithKnownParticipants } from "./coverage";
import type { Entity, Meeting, Participation } from "./schema";
import type { EvidenceSource } from "./vocabulary";

/** A subject area as the views need it: no patterns, only what to draw. */
export interface SubjectAreaInfo {
  id: string;
  label: string;
  color: string;
}

export interface PresidencyMonth {
  /** "2003-04" */
  month: string;
  entityId: string;
}

/** What the explorer loads for one view: plain, serialisable, read-only after load. */
export interface Dataset {
  /** The years the meetings cover, e.g. [2003]. */
  years: number[];
  meetings: Meeting[];
  entities: Entity[];
  participations: Participation[];
  subjectAreas: SubjectAreaInfo[];
  presidencies: PresidencyMonth[];
}

/** Lookups built once per dataset, so selectors stay O(selection) rather than O(data). */
export interface DatasetIndex {
  dataset: Dataset;
  meetingsById: Map<string, Meeting>;
  entitiesById: Map<string, Entity>;
  participationsByMeeting: Map<string, Participation[]>;
  participationsByEntity: Map<string, Participation[]>;
  /** Meetings whose participants a source lists (a Repertoire item, an import), with those sources. */
  participantsKnown: Map<string, EvidenceSource[]>;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  const participationsByMeeting = new Map<string, Participation[]>();
  const participationsByEntity = new Map<string, Participation[]>();
  for (const participation of dataset.participations) {
    pushTo(participationsByMeeting, participation.meetingId, participation);
    pushTo(participationsByEntity, participation.entityId, participation);
    // An edge "on behalf of" X also involves X: the EU took part in 4739 through Greece.
    if (participation.onBehalfOf && participation.onBehalfOf !== participation.entityId) {
      pushTo(participationsByEntity, participation.onBehalfOf, participation);
    }
  }
  return {
    dataset,
    meetingsById: new Map(dataset.meetings.map((meeting) => [meeting.id, meeting])),
    entitiesById: new Map(dataset.entities.map((entity) => [entity.id, entity])),
    participationsByMeeting,
    participationsByEntity,
    participantsKnown: meetingsWithKnownParticipants(dataset.participations),
  };
}
