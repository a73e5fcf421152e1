import type { DatasetIndex } from "@/lib/model/dataset";
import { outcomeClassOf } from "@/lib/model/outcomeClass";
import type { Entity, Meeting, Participation } from "@/lib/model/schema";
import type { Filters, TimeWindow } from "./types";

export function meetingInWindow(meeting: Pick<Meeting, "date">, window: TimeWindow | null): boolean {
  return !window || (meeting.date >= window.start && meeting.date <= window.end);
}

export function meetingPassesFilters(meeting: Meeting, filters: Filters): boolean {
  if (filters.hiddenSubjectAreas.includes(meeting.subjectArea)) return false;
  return !filters.hiddenOutcomeKinds.includes(outcomeClassOf(meeting));
}

export function participationPassesFilters(participation: Participation, entity: Entity | undefined, filters: Filters): boolean {
  if (filters.statedOnly && participation.certainty !== "stated") return false;
  return !entity || !filters.hiddenEntityKinds.includes(entity.kind);
}

/**
 * The days the meeting list covers: the time window when there is one; else, in a view of
 * several years, the focus year (the year the timeline opens on and the year picker
 * names), so the list counts what the timeline shows; else every meeting loaded.
 */
export function listWindow(timeWindow: TimeWindow | null, focusYear: number | null, years: readonly number[]): TimeWindow | null {
  if (timeWindow) return timeWindow;
  if (years.length > 1 && focusYear !== null) return { start: `${focusYear}-01-01`, end: `${focusYear}-12-31` };
  return null;
}

/** Ids of meetings the filters and the time window let through. */
export function visibleMeetingIds(index: DatasetIndex, filters: Filters, window: TimeWindow | null): Set<string> {
  const visible = new Set<string>();
  for (const meeting of index.dataset.meetings) {
    if (meetingInWindow(meeting, window) && meetingPassesFilters(meeting, filters)) visible.add(meeting.id);
  }
  return visible;
}

/** The edges to draw: those of visible meetings that pass the entity filters. */
export function visibleParticipations(index: DatasetIndex, filters: Filters, meetingIds: ReadonlySet<string>): Participation[] {
  return index.dataset.participations.filter(
    (participation) =>
      meetingIds.has(participation.meetingId) &&
      participationPassesFilters(participation, index.entitiesById.get(participation.entityId), filters),
  );
}
