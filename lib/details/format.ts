import type { Meeting } from "@/lib/model/schema";
import type { TimeWindow } from "@/lib/store/types";
import { formatDate, formatDayMonth } from "@/lib/text/calendar";
import { groupDigits } from "@/lib/text/groupDigits";
import { yearRuns } from "./entityEra";

// Text about meetings for the panels; dates themselves are formatted by lib/text/calendar.

/** "1 meeting", "12 meetings" */
export function countLabel(count: number, singular: string, plural = `${singular}s`): string {
  return `${groupDigits(count)} ${count === 1 ? singular : plural}`;
}

/** "4739", "4877 (Resumption 1)", "4820 (Part 2)"; videoconferences have no number. */
export function meetingNumberLabel(meeting: Pick<Meeting, "number" | "resumption" | "part" | "kind">): string {
  if (meeting.number === undefined) return meeting.kind === "videoconference" ? "videoconference" : "";
  const suffix = meeting.resumption ? ` (Resumption ${meeting.resumption})` : meeting.part ? ` (Part ${meeting.part})` : "";
  return `${meeting.number}${suffix}`;
}

/** "Meeting 4739", "Meeting 4877 (Resumption 1)", "Videoconference of 12 May 2020". */
export function meetingTitle(meeting: Pick<Meeting, "number" | "resumption" | "part" | "kind" | "date">): string {
  if (meeting.number === undefined) return `${meeting.kind === "videoconference" ? "Videoconference" : "Meeting"} of ${formatDate(meeting.date)}`;
  return `Meeting ${meetingNumberLabel(meeting)}`;
}

/** "from 1 March to 31 March 2003"; the start keeps its year only when the years differ. */
export function windowPhrase(window: TimeWindow): string {
  if (window.start === window.end) return `on ${formatDate(window.start)}`;
  if (window.start.slice(0, 4) === window.end.slice(0, 4) && window.start.endsWith("-01-01") && window.end.endsWith("-12-31")) return `in ${window.start.slice(0, 4)}`;
  const sameYear = window.start.slice(0, 4) === window.end.slice(0, 4);
  return `from ${sameYear ? formatDayMonth(window.start) : formatDate(window.start)} to ${formatDate(window.end)}`;
}

/** Beyond this many runs of years a list of them reads worse than their span. */
const listedYearRuns = 3;

/** "in 2003", "in 1948, 2003", "in 1990–1992"; many scattered years: "between 1946 and 2022". */
function yearsPhrase(years: readonly number[]): string {
  const runs = yearRuns(years);
  if (runs.split(", ").length <= listedYearRuns) return `in ${runs}`;
  return `between ${Math.min(...years)} and ${Math.max(...years)}`;
}

/**
 * The list caption: "223 meetings", "31 meetings from 1 March to 31 March 2003"; without a
 * window, the meetings' years when given ("9,468 meetings in 1946–2022"), so a
 * count over every year is not read as the year the timeline shows.
 */
export function meetingListCaption(count: number, window: TimeWindow | null, years: readonly number[] = []): string {
  const base = countLabel(count, "meeting");
  if (window) return `${base} ${windowPhrase(window)}`;
  return years.length > 0 ? `${base} ${yearsPhrase(years)}` : base;
}
