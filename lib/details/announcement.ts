import type { DatasetIndex } from "@/lib/model/dataset";
import type { Highlight } from "@/lib/store/highlight";
import type { Selection } from "@/lib/store/types";
import { formatDate } from "@/lib/text/calendar";
import { countLabel, meetingTitle } from "./format";

function selectedMeetingsPhrase(index: DatasetIndex, ids: readonly string[]): string {
  if (ids.length !== 1) return countLabel(ids.length, "meeting");
  const meeting = index.meetingsById.get(ids[0]!);
  if (!meeting) return `meeting ${ids[0]}`;
  return `${meetingTitle(meeting).replace(/^Meeting/, "meeting")}, ${formatDate(meeting.date)}`;
}

function selectedEntitiesPhrase(index: DatasetIndex, ids: readonly string[]): string {
  if (ids.length !== 1) return countLabel(ids.length, "entity", "entities");
  return index.entitiesById.get(ids[0]!)?.name ?? ids[0]!;
}

function countOutside(set: ReadonlySet<string>, selected: readonly string[]): number {
  let count = 0;
  for (const id of set) if (!selected.includes(id)) count += 1;
  return count;
}

/**
 * What a screen reader hears after a selection changes: what was chosen and how much
 * the other view lit up, since that is what a sighted user sees change.
 * "Selected meeting 4739, 11 April 2003: 6 participants highlighted".
 */
export function selectionAnnouncement(index: DatasetIndex, selection: Selection, highlight: Highlight): string {
  const { meetings, entities } = selection;
  if (meetings.length === 0 && entities.length === 0) return "Selection cleared";
  const chosen = [
    meetings.length > 0 ? selectedMeetingsPhrase(index, meetings) : undefined,
    entities.length > 0 ? selectedEntitiesPhrase(index, entities) : undefined,
  ].filter(Boolean);
  const lit = [
    meetings.length > 0 ? `${countLabel(countOutside(highlight.entities, entities), "participant")}` : undefined,
    entities.length > 0 ? `${countLabel(countOutside(highlight.meetings, meetings), "meeting")}` : undefined,
  ].filter(Boolean);
  return `Selected ${chosen.join(" and ")}: ${lit.join(" and ")} highlighted`;
}
