// The three kinds of heading in a Repertoire item:
//   "52. The Security Council and regional organizations: …"                 (the agenda item)
//   "Initial proceedings", "A. Letter dated …"                                (a group of meetings)
//   "Decision of 28 January 2003 (4694th meeting): resolution 1459 (2003)"   (one or more meetings)
//   "Deliberations of 13 and 14 January 2003 (4688th and 4689th meetings)"

import { isoFromParts, monthNumberOf } from "@/lib/text/calendar";

/** "28 January 2003" -> "2003-01-28"; null when it is no real calendar date of the Council's years. */
export function isoDate(day: number, month: string, year: number): string | null {
  if (year < 1945 || year > 2100) return null;
  return isoFromParts(year, monthNumberOf(month), day);
}

const dateText = /(\d{1,2}) ([A-Z][a-z]+) (\d{4})/;

export function parseDate(text: string): string | null {
  const match = dateText.exec(text);
  return match ? isoDate(Number(match[1]), match[2] ?? "", Number(match[3])) : null;
}

/**
 * "13 and 14 January 2003", "27 February and 3 March 2003": a heading writes the month
 * and year once for the days before them, so they carry leftwards.
 * Returns null if any part is not a date.
 */
export function parseDateList(text: string): string[] | null {
  const parts = text.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).filter((p) => p.length > 0);
  const dates: string[] = [];
  let month = "";
  let year = 0;
  for (let i = parts.length - 1; i >= 0; i--) {
    const match = /^(\d{1,2})(?: ([A-Z][a-z]+))?(?: (\d{4}))?$/.exec(parts[i] ?? "");
    if (!match) return null;
    if (match[3]) year = Number(match[3]);
    if (match[2]) month = match[2];
    const iso = isoDate(Number(match[1]), month, year);
    if (!iso) return null;
    dates.unshift(iso);
  }
  return dates.length > 0 ? dates : null;
}

export interface MeetingNumber {
  number: number;
  /** "4762nd meeting (resumption 1)" */
  resumption?: number;
}

// A resumption is written inside the meeting list's own brackets: "(4762nd meeting (resumption 1))".
const resumptionMark = /(\d{3,5}(?:st|nd|rd|th))(?: meeting)? \([Rr]esumption (\d{1,2})\)/g;

/** "(4762nd meeting (resumption 1))" -> "(4762nd~R1 meeting)", so the heading has one level of brackets. */
function foldResumptions(text: string): string {
  return text.replace(resumptionMark, "$1~R$2");
}

/** "4688th and 4689th" -> [4688, 4689]; "4762nd~R1" keeps its resumption; null when the list holds anything else. */
export function parseMeetingNumbers(text: string): MeetingNumber[] | null {
  const parts = text.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).filter((p) => p.length > 0);
  const numbers: MeetingNumber[] = [];
  for (const part of parts) {
    const match = /^(\d{3,5})(?:st|nd|rd|th)(?:~R(\d{1,2}))?(?: meeting)?$/.exec(part);
    if (!match) return null;
    numbers.push({ number: Number(match[1]), ...(match[2] ? { resumption: Number(match[2]) } : {}) });
  }
  return numbers.length > 0 ? numbers : null;
}

export interface ItemHeading {
  number: number;
  title: string;
}

/** An item heading is a numbered title; a numbered sentence (quoted operative text) ends in punctuation. */
export function parseItemHeading(text: string): ItemHeading | null {
  if (text.length > 400) return null;
  const match = /^(\d{1,3})\.\s+(\S.*)$/.exec(text);
  if (!match || /[.;:,]$/.test(text)) return null;
  return { number: Number(match[1]), title: match[2] ?? "" };
}

export type MeetingHeadingKind = "decision" | "deliberations";

export interface MeetingHeading {
  kind: MeetingHeadingKind;
  numbers: MeetingNumber[];
  /** One date per meeting, or one date shared by all. */
  dates: string[];
  /** What the heading says was decided: "resolution 1459 (2003)", "statement by the President". */
  decided?: string;
}

const meetingHeadingPattern = /^(Decision|Deliberations)s? of ([^()]{1,100}?) \(([^()]{1,120}?)(?: meetings?)?\)(?::\s*(.*))?$/;

export function looksLikeMeetingHeading(text: string): boolean {
  return text.length <= 300 && /^(?:Decision|Deliberations)s? of [^()]{1,100}\(\d/.test(text);
}

/** Null for text that is no meeting heading; a heading whose parts do not parse gives `{ error }`. */
export function parseMeetingHeading(raw: string): MeetingHeading | { error: string } | null {
  if (!looksLikeMeetingHeading(raw)) return null;
  const text = foldResumptions(raw);
  const match = meetingHeadingPattern.exec(text);
  if (!match) return { error: "the heading's date and meeting list do not follow the usual form" };
  const numbers = parseMeetingNumbers(match[3] ?? "");
  const dates = parseDateList(match[2] ?? "");
  if (!numbers) return { error: `meeting numbers "${match[3]}" are not ordinals like "4694th"` };
  if (!dates) return { error: `dates "${match[2]}" are not like "28 January 2003"` };
  const kind: MeetingHeadingKind = match[1] === "Decision" ? "decision" : "deliberations";
  const decided = match[4]?.trim();
  return { kind, numbers, dates, ...(decided ? { decided } : {}) };
}

/** Headings that group meetings inside an item. */
export function parseSectionHeading(text: string): { initial: boolean } | null {
  if (text.length > 300 || /[.;:,]$/.test(text)) return null;
  if (/^initial proceedings$/i.test(text)) return { initial: true };
  if (/^(?:later|subsequent|further) proceedings$/i.test(text)) return { initial: false };
  // Lettered or roman-numbered sub-items: "A. Letter dated 31 March 2003 from …".
  if (/^(?:[A-Z]|[IVX]{1,5})\.\s+[A-Z"“]/.test(text)) return { initial: false };
  return null;
}
