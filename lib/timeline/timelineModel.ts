import type { SubjectAreaInfo } from "@/lib/model/dataset";
import { outcomeClasses, outcomeClassOf } from "@/lib/model/outcomeClass";
import type { Meeting } from "@/lib/model/schema";
import { dayOfIso, dayOfYear, yearOfDay } from "./dates";

export interface TimelineLane {
  id: string;
  label: string;
  color: string;
}

/**
 * The meetings as the timeline draws them: flat typed arrays in date order, so a frame
 * can binary-search the view and walk thousands of meetings without touching objects.
 * Built once per dataset; UI state lives elsewhere.
 */
export interface TimelineModel {
  meetings: readonly Meeting[];
  /** UTC day number of each meeting, ascending. */
  day: Float64Array;
  lane: Uint16Array;
  /** Index into outcomeClasses. */
  outcome: Uint8Array;
  /** 1 where a source lists the meeting's participants (a Repertoire item, an import). */
  known: Uint8Array;
  lanes: readonly TimelineLane[];
  indexById: ReadonlyMap<string, number>;
  /** Whole calendar years around the meetings: [startDay, endDay). */
  domain: { startDay: number; endDay: number };
}

const unclassifiedLane: TimelineLane = { id: "unclassified", label: "Unclassified", color: "#7A7A7A" };

/** Lanes in the dataset's order, keeping only areas that have meetings so no lane is always empty. */
function lanesFor(meetings: readonly Meeting[], subjectAreas: readonly SubjectAreaInfo[]): TimelineLane[] {
  const used = new Set(meetings.map((meeting) => meeting.subjectArea));
  const lanes: TimelineLane[] = subjectAreas.filter((area) => used.has(area.id)).map(({ id, label, color }) => ({ id, label, color }));
  const known = new Set(subjectAreas.map((area) => area.id));
  if ([...used].some((id) => !known.has(id))) lanes.push(unclassifiedLane);
  if (lanes.length === 0) lanes.push(subjectAreas[0] ?? unclassifiedLane);
  return lanes;
}

export function buildTimelineModel(input: readonly Meeting[], subjectAreas: readonly SubjectAreaInfo[], participantsKnown: ReadonlyMap<string, unknown> = new Map()): TimelineModel {
  // The store keeps meetings sorted by date then id; sort a copy anyway, since a frame's
  // binary search silently misses meetings if the order is ever broken.
  const meetings = input.every((meeting, i) => i === 0 || input[i - 1]!.date <= meeting.date)
    ? input
    : [...input].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
  const lanes = lanesFor(meetings, subjectAreas);
  const laneIndex = new Map(lanes.map((lane, i) => [lane.id, i]));
  const fallbackLane = lanes.length - 1;
  const day = new Float64Array(meetings.length);
  const lane = new Uint16Array(meetings.length);
  const outcome = new Uint8Array(meetings.length);
  const known = new Uint8Array(meetings.length);
  const indexById = new Map<string, number>();
  meetings.forEach((meeting, i) => {
    day[i] = dayOfIso(meeting.date);
    lane[i] = laneIndex.get(meeting.subjectArea) ?? fallbackLane;
    outcome[i] = outcomeClasses.indexOf(outcomeClassOf(meeting));
    known[i] = participantsKnown.has(meeting.id) ? 1 : 0;
    indexById.set(meeting.id, i);
  });
  const firstDay = meetings.length > 0 ? day[0]! : dayOfIso("2003-01-01");
  const lastDay = meetings.length > 0 ? day[meetings.length - 1]! : firstDay;
  const domain = { startDay: dayOfYear(yearOfDay(firstDay)), endDay: dayOfYear(yearOfDay(lastDay) + 1) };
  return { meetings, day, lane, outcome, known, lanes, indexById, domain };
}

/** First index whose day is >= target (meetings are in date order). */
export function lowerBoundDay(days: Float64Array, target: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
