// Parses the UN Dag Hammarskjöld Library's tables "Meetings conducted by the Security
// Council in YYYY" (1946–2022) into meetings, with every row accounted for: it becomes a
// meeting, continues the meeting above (several agenda items, through rowspan or, in
// 1948, through empty record and date cells), becomes a 2020–2021 videoconference, or
// is reported as a problem with its file and line. No file system here: the ingest
// script reads the files and calls this.

import type { Problem } from "./problem";
import { cellBlocks, type HtmlRow } from "./html";
import { parseLetterSymbols, parsePressReleases, parseRecordCell, parseTableDate, splitTopics, type CellIssue } from "./meetingsCells";
import { parseOutcomeCell, type TableOutcome } from "./meetingsOutcome";
import { checkOutcomes, mergeRepeatedRow, numberVideoconferences, type MeetingDraft as Draft } from "./meetingsChecks";
import { excerpt } from "./sourceText";
import { findTableLayout, type ColumnLabels, type DataRow, type TableLayout } from "./tableLayout";

export type { TableOutcome, TableVote } from "./meetingsOutcome";

export interface TableMeeting {
  /** "4739"; "4877-R1" resumption 1; "4820-P2" part II; "VTC-2020-05-12-1" the day's first videoconference. */
  id: string;
  kind: "meeting" | "videoconference";
  number?: number;
  resumption?: number;
  part?: number;
  /** ISO date; the first day when the table gives two ("14-15 October"). */
  date: string;
  /** The second day of a meeting the table dates over two days. */
  endDate?: string;
  closed: boolean;
  /** One per agenda item, in the table's order. */
  topics: string[];
  /** Other words in the record cell, e.g. "meeting held in Nairobi". */
  note?: string;
  records: {
    verbatim?: string;
    corrigenda: string[];
    pressReleases: string[];
    /** 2020–2021: the letters with the voting procedure, briefings and vote outcome. */
    letters?: string[];
    /** 2020–2021: links to the recording. */
    webcasts?: string[];
  };
  outcomes: TableOutcome[];
  evidence: { file: string; row: number; line: number; start: number; end: number; rows: number[] };
}

export interface MeetingsTableResult {
  meetings: TableMeeting[];
  problems: Problem[];
  /** Data rows in the table (header, title and full-width note rows excluded). */
  rowCount: number;
  /** Data rows that became a meeting, a continuation or a videoconference. */
  rowsParsed: number;
  /** Data rows that did so without any problem reported. */
  rowsClean: number;
}

type Column = "record" | "date" | "press" | "webcast" | "topic" | "letterProcedure" | "letterOutcome" | "outcome";

const LABELS: ColumnLabels<Column> = [
  ["record", /meeting/i],
  ["date", /^\s*date/i],
  ["press", /press/i],
  ["webcast", /recording|webcast/i],
  ["topic", /topic|agenda/i],
  ["letterProcedure", /procedure|briefing/i],
  ["letterOutcome", /letter.*outcome/i],
  ["outcome", /outcome|vote/i],
];

// Without a header, the width says the era: no press releases before 1994, webcast and
// letters in 2020–2021.
function columnsByWidth(width: number): Partial<Record<Column, number>> | undefined {
  if (width === 4) return { record: 0, date: 1, topic: 2, outcome: 3 };
  if (width === 5) return { record: 0, date: 1, press: 2, topic: 3, outcome: 4 };
  if (width === 7) return { record: 0, date: 1, webcast: 2, topic: 3, letterProcedure: 4, letterOutcome: 5, outcome: 6 };
  return undefined;
}

class TableReader {
  readonly problems: Problem[] = [];
  readonly drafts: Draft[] = [];
  readonly parsedRows = new Set<number>();
  readonly troubledRows = new Set<number>();
  /** The draft meetings each table row opened, for rows that continue them by rowspan. */
  private readonly openedBy = new Map<number, Draft>();
  private readonly byId = new Map<string, Draft>();
  /** Each data row's text, for the excerpts of problems found after the rows are read. */
  readonly rowTexts = new Map<number, string>();

  constructor(
    private readonly layout: TableLayout<Column>,
    private readonly file: string,
    private readonly year: number,
  ) {}

  report(code: string, message: string, line: number, text: string, row?: number) {
    this.problems.push({ file: this.file, line, code, message, excerpt: excerpt(text) });
    if (row !== undefined) this.troubledRows.add(row);
  }

  private cell(dataRow: DataRow, column: Column) {
    const index = this.layout.columns[column];
    return index === undefined ? undefined : dataRow.slots[index];
  }

  private text(dataRow: DataRow, column: Column): string {
    return this.cell(dataRow, column)?.cell.lines.join("\n") ?? "";
  }

  read(dataRow: DataRow) {
    const { row } = dataRow;
    const rowText = rowExcerpt(row);
    this.rowTexts.set(dataRow.index, rowText);
    const issue = (found: CellIssue) => this.report(found.code, found.message, row.line, rowText, dataRow.index);
    const width = Object.keys(this.layout.columns).length;
    const missing = (Object.keys(this.layout.columns) as Column[]).filter((column) => !this.cell(dataRow, column));
    if (missing.length > 0) issue({ code: "missing-cell", message: `parseMeetingsTable: row ${dataRow.index} has no ${missing.join(", ")} cell` });
    const extra = dataRow.slots.slice(width).filter((slot) => slot.fromRow === dataRow.tableRow && slot.cell.text !== "");
    if (extra.length > 0) issue({ code: "extra-cell", message: `parseMeetingsTable: row ${dataRow.index} has ${extra.length} cell(s) beyond the header: "${extra.map((slot) => slot.cell.text).join(" | ")}"` });

    const recordSlot = this.cell(dataRow, "record");
    const spannedFrom = recordSlot && recordSlot.fromRow !== dataRow.tableRow ? this.openedBy.get(recordSlot.fromRow) : undefined;
    const blankLead = this.text(dataRow, "record") === "" && this.text(dataRow, "date") === "";
    const previous = this.drafts[this.drafts.length - 1];
    if (spannedFrom) return this.continueMeeting(spannedFrom, dataRow, issue);
    // 1948 continues a meeting with empty record and date cells instead of rowspan.
    if (blankLead && recordSlot && previous) return this.continueMeeting(previous, dataRow, issue);
    if (!recordSlot) {
      return this.report("unparsed-row", `parseMeetingsTable: row ${dataRow.index} has no meeting record cell`, row.line, rowText, dataRow.index);
    }
    this.openMeetings(dataRow, issue, rowText);
  }

  private openMeetings(dataRow: DataRow, issue: (found: CellIssue) => void, rowText: string) {
    const { row } = dataRow;
    const record = parseRecordCell(this.text(dataRow, "record"), this.year);
    const when = parseTableDate(this.text(dataRow, "date"), this.year);
    [...record.issues, ...when.issues].forEach(issue);
    if (when.date === undefined || (record.records.length === 0 && !record.videoconference)) {
      return this.report("unparsed-row", `parseMeetingsTable: row ${dataRow.index} is neither a meeting nor a videoconference`, row.line, rowText, dataRow.index);
    }
    const { topics, closed, outcomes, outcomeTopics } = this.agenda(dataRow, issue);
    const press = this.cell(dataRow, "press") ? parsePressReleases(this.text(dataRow, "press")) : { pressReleases: [], issues: [] };
    press.issues.forEach(issue);
    const refs = record.videoconference ? [undefined] : record.records;
    refs.forEach((ref, i) => {
      const last = i === refs.length - 1;
      // Keys in a fixed, readable order: the ingest writes these objects out as JSON.
      const meeting: TableMeeting = {
        id: ref ? `${ref.number}${ref.resumption ? `-R${ref.resumption}` : ""}${ref.part ? `-P${ref.part}` : ""}` : "",
        kind: ref ? "meeting" : "videoconference",
        ...(ref ? { number: ref.number } : {}),
        ...(ref?.resumption ? { resumption: ref.resumption } : {}),
        ...(ref?.part ? { part: ref.part } : {}),
        date: when.date ?? "",
        ...(when.endDate ? { endDate: when.endDate } : {}),
        closed: record.closed || closed,
        topics: [...topics],
        ...(record.note ? { note: record.note } : {}),
        records: { ...(ref ? { verbatim: ref.verbatim } : {}), corrigenda: ref?.corrigenda ?? [], pressReleases: [...press.pressReleases] },
        outcomes: last ? outcomes : [],
        evidence: { file: this.file, row: dataRow.index, line: row.line, start: row.start, end: row.end, rows: [dataRow.index] },
      };
      this.addVideoRecords(meeting, dataRow);
      const draft: Draft = { meeting, outcomeTopics: last ? outcomeTopics : [] };
      const earlier = ref ? this.byId.get(meeting.id) : undefined;
      if (earlier) mergeRepeatedRow(earlier, draft, (code, message) => issue({ code, message }));
      else {
        this.drafts.push(draft);
        if (ref) this.byId.set(meeting.id, draft);
      }
      this.openedBy.set(dataRow.tableRow, earlier ?? draft);
    });
    this.parsedRows.add(dataRow.index);
  }

  private addVideoRecords(meeting: TableMeeting, dataRow: DataRow) {
    if (this.layout.columns.letterProcedure === undefined && this.layout.columns.webcast === undefined) return;
    meeting.records.letters = [...parseLetterSymbols(this.text(dataRow, "letterProcedure")), ...parseLetterSymbols(this.text(dataRow, "letterOutcome"))];
    meeting.records.webcasts = (this.cell(dataRow, "webcast")?.cell.links ?? []).map((link) => link.href.replace(/\s+/g, ""));
  }

  private continueMeeting(draft: Draft, dataRow: DataRow, issue: (found: CellIssue) => void) {
    const { topics, closed, outcomes, outcomeTopics } = this.agenda(dataRow, issue);
    const { meeting } = draft;
    meeting.topics.push(...topics);
    meeting.closed ||= closed;
    meeting.outcomes.push(...outcomes);
    draft.outcomeTopics.push(...outcomeTopics);
    meeting.evidence.rows.push(dataRow.index);
    meeting.evidence.end = Math.max(meeting.evidence.end, dataRow.row.end);
    this.openedBy.set(dataRow.tableRow, draft);
    this.parsedRows.add(dataRow.index);
  }

  /** The row's agenda items and outcomes, each outcome with its item where the row shows it. */
  private agenda(dataRow: DataRow, issue: (found: CellIssue) => void) {
    const topicSlot = this.cell(dataRow, "topic");
    const topicBlocks = topicSlot ? cellBlocks(topicSlot.cell.parts) : [];
    const { topics, closed } = splitTopics(topicBlocks);
    const outcomeSlot = this.cell(dataRow, "outcome");
    // A cell spanning down from an earlier row was read with that row.
    const ownOutcome = outcomeSlot && outcomeSlot.fromRow === dataRow.tableRow ? outcomeSlot.cell : undefined;
    const reading = ownOutcome ? parseOutcomeCell(ownOutcome, this.year) : { outcomes: [], issues: [], blockOf: [], blockCount: 0 };
    reading.issues.forEach(issue);
    // "Item A <br><br> Item B" beside "<br><br> S/RES/12" puts the resolution on item B.
    const aligned = topicBlocks.length > 1 && reading.blockCount === topicBlocks.length && topics.length === topicBlocks.length;
    const outcomeTopics = reading.outcomes.map((_, i) => (aligned ? topics[reading.blockOf[i] ?? -1] : topics.length === 1 ? topics[0] : undefined));
    return { topics, closed, outcomes: reading.outcomes, outcomeTopics };
  }
}

function rowExcerpt(row: HtmlRow): string {
  return row.cells.map((cell) => cell.lines.join(" ")).join(" | ");
}

function checkTitle(reader: TableReader, layout: TableLayout<Column>, year: number) {
  for (const row of layout.preamble) {
    const text = rowExcerpt(row);
    const titleYear = /Security Council in (\d{4})/i.exec(text)?.[1];
    if (titleYear !== undefined && Number(titleYear) !== year) {
      reader.report("title-year-mismatch", `parseMeetingsTable: the title says ${titleYear} but the table is read as ${year}`, row.line, text);
    }
  }
}

function parse(html: string, file: string, year: number): MeetingsTableResult {
  const layout = findTableLayout(html, LABELS, ["record", "date", "topic", "outcome"], columnsByWidth);
  if (!layout) {
    const problem = { file, line: 1, code: "no-table", message: `parseMeetingsTable: no meetings table in ${file}`, excerpt: excerpt(html) };
    return { meetings: [], problems: [problem], rowCount: 0, rowsParsed: 0, rowsClean: 0 };
  }
  const reader = new TableReader(layout, file, year);
  if (!layout.header) reader.report("no-header", `parseMeetingsTable: no header row in ${file}; columns guessed from the row width`, layout.table.line, "");
  checkTitle(reader, layout, year);
  for (const dataRow of layout.dataRows) reader.read(dataRow);
  numberVideoconferences(reader.drafts);

  const meetings = reader.drafts.map(({ meeting, outcomeTopics }) => {
    // An outcome names its agenda item only when the meeting had several.
    if (meeting.topics.length > 1) {
      meeting.outcomes.forEach((outcome, i) => {
        const topic = outcomeTopics[i];
        if (topic !== undefined) outcome.topic = topic;
      });
    }
    return meeting;
  });
  for (const found of checkOutcomes(meetings, year)) {
    reader.report(found.code, found.message, found.line, reader.rowTexts.get(found.row) ?? found.excerpt, found.row);
  }
  const rowCount = layout.dataRows.length;
  const rowsClean = layout.dataRows.filter((row) => reader.parsedRows.has(row.index) && !reader.troubledRows.has(row.index)).length;
  return { meetings, problems: reader.problems, rowCount, rowsParsed: reader.parsedRows.size, rowsClean };
}

/** Parses one year's table. Never throws: whatever it cannot read is in `problems`. */
export function parseMeetingsTable(html: string, opts: { file: string; year: number }): MeetingsTableResult {
  try {
    return parse(typeof html === "string" ? html : "", opts.file, opts.year);
  } catch (error) {
    // A bug here must not stop the ingest of the other years; it is reported instead.
    const message = `parseMeetingsTable: internal error on ${opts.file}: ${error instanceof Error ? error.message : String(error)}`;
    return { meetings: [], problems: [{ file: opts.file, line: 0, code: "internal-error", message, excerpt: "" }], rowCount: 0, rowsParsed: 0, rowsClean: 0 };
  }
}
