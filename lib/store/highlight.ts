import type { DatasetIndex } from "@/lib/model/dataset";
import type { Filters, Selection } from "./types";
import { participationPassesFilters } from "./visibility";

export interface Highlight {
  meetings: ReadonlySet<string>;
  entities: ReadonlySet<string>;
}

/**
 * What both views light up for a selection: a selected meeting lights its participants,
 * a selected entity lights its meetings. Edges the filters hide (inferred ones when only
 * stated edges are shown) do not carry highlight either, so the picture never claims a
 * link the user has chosen not to see.
 */
export function highlightFor(index: DatasetIndex, selection: Selection, filters: Filters): Highlight {
  const meetings = new Set(selection.meetings);
  const entities = new Set(selection.entities);
  for (const meetingId of selection.meetings) {
    for (const participation of index.participationsByMeeting.get(meetingId) ?? []) {
      if (!participationPassesFilters(participation, index.entitiesById.get(participation.entityId), filters)) continue;
      entities.add(participation.entityId);
      if (participation.onBehalfOf) entities.add(participation.onBehalfOf);
    }
  }
  for (const entityId of selection.entities) {
    for (const participation of index.participationsByEntity.get(entityId) ?? []) {
      if (participationPassesFilters(participation, index.entitiesById.get(participation.entityId), filters)) {
        meetings.add(participation.meetingId);
      }
    }
  }
  return { meetings, entities };
}
