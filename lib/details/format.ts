import type { Meeting } from "@/lib/model/schema";
import type { TimeWindow } from "@/lib/store/types";

// Dates are formatted by hand rather than with Intl so that the server render and the
// browser agree to the character (no hydration mismatch from a locale or time zone).

const weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function parts(iso: string): { year: number; month: number; day: number } {
  const [year, month, day] = iso.split("-").map(Number);
  return { year: year ?? 0, month: month ?? 1, day: day ?? 1 };
}

/** "11 April" */
export function formatDayMonth(iso: string): string {
  const { month, day } = parts(iso);
  return `${day} ${months[month - 1] ?? "?"}`;
}

/** "11 April 2003" */
export function formatDate(iso: string): string {
  return `${formatDayMonth(iso)} ${parts(iso).year}`;
}

/** "Friday 11 April 2003" */
export function formatLongDate(iso: string): string {
  const { year, month, day } = parts(iso);
  const weekday = weekdays[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  return `${weekday} ${formatDate(iso)}`;
}

/** "1 meeting", "12 meetings" */
export function countLabel(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString("en-GB")} ${count === 1 ? singular : plural}`;
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
  const sameYear = window.start.slice(0, 4) === window.end.slice(0, 4);
  return `from ${sameYear ? formatDayMonth(window.start) : formatDate(window.start)} to ${formatDate(window.end)}`;
}

/** The list caption: "223 meetings" or "31 meetings from 1 March to 31 March 2003". */
export function meetingListCaption(count: number, window: TimeWindow | null): string {
  const base = countLabel(count, "meeting");
  return window ? `${base} ${windowPhrase(window)}` : base;
}
