// Readers for the small cells of the UN library's meeting tables: the meeting record,
// the date, the press releases and the agenda items. Each returns what it understood
// and the issues it met; the table parser turns issues into problems with a file and line.

import { isoFromParts, shortMonthNames } from "@/lib/text/calendar";

export interface CellIssue {
  code: string;
  message: string;
}

export interface RecordRef {
  number: number;
  resumption?: number;
  part?: number;
  /** "S/PV.4877 (Resumption 1)", "S/PV.4820 (Part II)". */
  verbatim: string;
  corrigenda: string[];
}

export interface RecordCell {
  /** Empty for a videoconference ("--") or an empty cell. */
  records: RecordRef[];
  videoconference: boolean;
  closed: boolean;
  /** Words beside the symbol that say something else, e.g. "meeting held in Nairobi". */
  note?: string;
  issues: CellIssue[];
}

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10 };
const ROMAN_NAMES = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

function ordinal(text: string | undefined): number | undefined {
  if (text === undefined || text === "") return 1; // "(Resumption)" alone is the first and only one
  const upper = text.toUpperCase();
  return ROMAN[upper] ?? (/^\d+$/.test(text) ? Number(text) : undefined);
}

const PV = /S\/PV\.(\d+)/g;
// "(Resumption 1)", "(Resumption1 )", "(ResumptionI)", "Resumption 1)" (2022 drops the "(").
const RESUMPTION = /\(?\s*Resumption\s*([0-9]+|[IVX]+)?\s*\)?/i;
const PART = /\(?\s*Part\s*([0-9]+|[IVX]+)\s*\)?/i;
const CORRIGENDUM = /\+?\s*(Corr\.\s*\d*)/gi;
const CLOSED = /\(?\s*\b(?:closed|privada)\b\s*\)?/gi;

/** Reads "S/PV.4877 (Resumption 1)+Corr.1", "S/PV.4884(closed)", "--" and the like. */
export function parseRecordCell(text: string, meetingYear: number): RecordCell {
  const issues: CellIssue[] = [];
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat === "--" || flat === "\u2014" || flat === "") {
    return { records: [], videoconference: flat !== "", closed: false, issues };
  }
  const closed = /\b(?:closed|privada)\b/i.test(flat);
  const starts = [...flat.matchAll(PV)];
  if (starts.length === 0) {
    issues.push({ code: "bad-record", message: `parseRecordCell: no S/PV symbol in "${flat}" (${meetingYear})` });
    return { records: [], videoconference: false, closed, issues };
  }
  const leftovers: string[] = [flat.slice(0, starts[0]?.index ?? 0)];
  const records = starts.map((match, i) => {
    const from = (match.index ?? 0) + match[0].length;
    let rest = flat.slice(from, starts[i + 1]?.index ?? flat.length);
    const number = Number(match[1]);
    const ref: RecordRef = { number, verbatim: `S/PV.${number}`, corrigenda: [] };
    const resumption = RESUMPTION.exec(rest);
    if (resumption) {
      const value = ordinal(resumption[1]);
      if (value === undefined) issues.push({ code: "bad-record", message: `parseRecordCell: unreadable resumption in "${flat}"` });
      else ref.resumption = value;
      rest = rest.replace(resumption[0], " ");
    }
    const part = PART.exec(rest);
    if (part) {
      const value = ordinal(part[1]);
      if (value === undefined) issues.push({ code: "bad-record", message: `parseRecordCell: unreadable part in "${flat}"` });
      else ref.part = value;
      rest = rest.replace(part[0], " ");
    }
    if (ref.resumption !== undefined) ref.verbatim += ` (Resumption ${ref.resumption})`;
    if (ref.part !== undefined) ref.verbatim += ` (Part ${ROMAN_NAMES[ref.part] ?? ref.part})`;
    for (const corr of rest.matchAll(CORRIGENDUM)) ref.corrigenda.push(`${ref.verbatim}/${(corr[1] ?? "").replace(/\s+/g, "")}`);
    leftovers.push(rest.replace(CORRIGENDUM, " ").replace(CLOSED, " "));
    return ref;
  });
  if (records.length > 1) {
    issues.push({
      code: "several-records",
      message: `parseRecordCell: one row lists ${records.length} records in "${flat}"; the row's outcome is given to the last`,
    });
  }
  const note = leftovers.join(" ").replace(/[()+\s]+/g, " ").trim();
  const cell: RecordCell = { records, videoconference: false, closed, issues };
  if (note !== "") {
    cell.note = note;
    if (!/^meeting held in /i.test(note)) {
      issues.push({ code: "unknown-record-text", message: `parseRecordCell: unexpected text "${note}" in "${flat}"` });
    }
  }
  return cell;
}

const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;
const SEPARATOR = String.raw`\s*(?:-|\u2013|\u2014|/|\+|&|and|to)\s*`;
// "22 December", "14-15 October", "22/23 November", "29 + 30 March", "30 June - 1 July", "26 May 2022".
const DATE = new RegExp(
  String.raw`^(\d{1,2})(?:\s+${MONTH})?(?:${SEPARATOR}(\d{1,2}))?\s+${MONTH}(?:,?\s+(\d{4}))?$`,
  "i",
);

/** 1–12 for a month the MONTH pattern matched, full or abbreviated ("Sept."); undefined otherwise. */
function monthNumber(name: string | undefined): number | undefined {
  if (name === undefined) return undefined;
  const prefix = name.slice(0, 3).toLowerCase();
  const index = shortMonthNames.findIndex((short) => short.toLowerCase() === prefix);
  return index < 0 ? undefined : index + 1;
}

export interface TableDate {
  date?: string;
  /** The last day, when the table gives a meeting over two days ("14-15 October"). */
  endDate?: string;
  issues: CellIssue[];
}

/** Reads the date column; the tables give day and month, the year comes from the table. */
export function parseTableDate(text: string, year: number): TableDate {
  const flat = text.replace(/\s+/g, " ").trim();
  const match = DATE.exec(flat);
  if (!match) return { issues: [{ code: "bad-date", message: `parseTableDate: cannot read "${flat}" as a date in ${year}` }] };
  const [, firstDay, firstMonthName, lastDay, monthName, yearText] = match;
  const issues: CellIssue[] = [];
  const givenYear = yearText === undefined ? year : Number(yearText);
  if (givenYear !== year) {
    issues.push({ code: "date-year-mismatch", message: `parseTableDate: "${flat}" is not in the table's year ${year}` });
  }
  const lastMonth = monthNumber(monthName);
  const firstMonth = firstMonthName === undefined ? lastMonth : monthNumber(firstMonthName);
  const start = firstMonth === undefined ? undefined : isoFromParts(givenYear, firstMonth, Number(firstDay)) ?? undefined;
  const end = lastDay === undefined || lastMonth === undefined ? undefined : isoFromParts(givenYear, lastMonth, Number(lastDay)) ?? undefined;
  if (start === undefined || (lastDay !== undefined && (end === undefined || end <= start))) {
    return { issues: [...issues, { code: "bad-date", message: `parseTableDate: "${flat}" is not a calendar date in ${givenYear}` }] };
  }
  if (end === undefined) return { date: start, issues };
  issues.push({ code: "date-range", message: `parseTableDate: "${flat}" spans two days; the meeting is dated ${start}` });
  return { date: start, endDate: end, issues };
}

const PRESS_SYMBOL = /([A-Z]{2,}\/\d+(?:\/(?:Rev|Add|Corr)\.\d*)*)|\+?\s*((?:Rev|Add|Corr)\.\s*\d*)/g;

/** Reads "SC/7966", "SC/5934 + Corr.1", "SG/2030-SC/6292", "None issued". */
export function parsePressReleases(text: string): { pressReleases: string[]; issues: CellIssue[] } {
  const flat = text.replace(/\s+/g, " ").trim();
  const pressReleases: string[] = [];
  let last: string | undefined;
  for (const match of flat.matchAll(PRESS_SYMBOL)) {
    if (match[1] !== undefined) {
      last = match[1];
      pressReleases.push(last);
    } else if (last !== undefined && match[2] !== undefined) {
      pressReleases.push(`${last}/${match[2].replace(/\s+/g, "")}`);
    }
  }
  const rest = flat.replace(PRESS_SYMBOL, " ").replace(/\b(?:none issued|not posted)\b|--|[()+\-\s]/gi, "");
  const issues = rest === "" ? [] : [{ code: "unknown-press-release", message: `parsePressReleases: unexpected text in "${flat}"` }];
  return { pressReleases, issues };
}

/** Document symbols in the 2020–2021 letter columns ("S/2020/1311"). */
export function parseLetterSymbols(text: string): string[] {
  return [...text.matchAll(/S\/\d{4}\/\d+(?:\/(?:Rev|Add|Corr)\.\d+)*/g)].map((match) => match[0]);
}

/**
 * Agenda items of one topic cell. Blank lines always separate items; a single line break
 * does too, unless the next line only continues the one before ("UN peacekeeping:" /
 * "Dag Hammarskjold Medal", "… Justice" / "( S/2017/619 …)").
 */
export function splitTopics(blocks: string[][]): { topics: string[]; closed: boolean } {
  let closed = false;
  const topics: string[] = [];
  for (const lines of blocks) {
    let current: string | undefined;
    for (const raw of lines) {
      let line = raw;
      // The 2020 videoconference table marks a closed one in the topic: "… Korea [closed]".
      if (/\[closed\]/i.test(line)) {
        closed = true;
        line = line.replace(/\s*\[closed\]\s*/gi, " ").trim();
      }
      if (line === "") continue;
      const continues = current !== undefined && (/^[(\-\u2013\u2014a-z]/.test(line) || /[:,\-\u2013\u2014(]$/.test(current));
      if (continues) current = `${current} ${line}`;
      else {
        if (current !== undefined) topics.push(current);
        current = line;
      }
    }
    if (current !== undefined) topics.push(current);
  }
  return { topics, closed };
}
