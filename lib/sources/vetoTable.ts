// Parses the UN Dag Hammarskjöld Library's "Security Council - Veto List" (one row per
// vetoed draft: date, draft, written record, agenda item, permanent members casting a
// negative vote) and checks it against the vetoed drafts of the yearly meeting tables.

import type { Problem } from "./problem";
import { parseTableDate, type CellIssue } from "./meetingsCells";
import { excerpt } from "./sourceText";
import { findTableLayout, type ColumnLabels, type DataRow } from "./tableLayout";

export { crossCheckVetoes } from "./vetoCrossCheck";

export interface VetoRecord {
  /** The draft's symbol, e.g. "S/2003/980"; "S/PV.57" where the early list names the meeting instead. */
  draft: string;
  /** Words beside the symbol: "(as amended)", "S/PV.202". */
  draftNote?: string;
  /** ISO date; the first day when the list gives a range ("27-28 March 2001"). */
  date: string;
  endDate?: string;
  meetingNumber?: number;
  /** The written-record column: "S/PV.4842", or in 2020 the letters "S/2020/870", "S/2020/865". */
  records: string[];
  /** Raw names as the list gives them, e.g. ["China", "Russian Federation"]. */
  vetoedByNames: string[];
  agendaItem: string;
  evidence: { file: string; row: number; line: number; start: number; end: number };
}

export interface VetoTableResult {
  vetoes: VetoRecord[];
  problems: Problem[];
  rowCount: number;
}

type Column = "date" | "draft" | "record" | "agenda" | "member";

const LABELS: ColumnLabels<Column> = [
  ["date", /^\s*date/i],
  ["draft", /draft/i],
  ["record", /record/i],
  ["agenda", /agenda|topic/i],
  ["member", /member|negative/i],
];

const SYMBOL = /S\/(?:PV\.)?(?:\d{4}\/)?\d+(?:\/(?:Rev|Corr|Add)\.\d+)*/g;

function readRow(dataRow: DataRow, columns: Partial<Record<Column, number>>, file: string, issues: CellIssue[]): VetoRecord | undefined {
  const cell = (column: Column) => {
    const index = columns[column];
    return index === undefined ? undefined : dataRow.slots[index]?.cell;
  };
  const text = (column: Column) => cell(column)?.lines.join(" ") ?? "";
  let dateText = text("date");
  const shortYear = /\s(\d{2})\s*$/.exec(dateText)?.[1];
  if (shortYear !== undefined) {
    // "30 January 86": the list starts in 1946, so two digits from 46 up are the 1900s.
    const full = Number(shortYear) >= 46 ? `19${shortYear}` : `20${shortYear}`;
    issues.push({ code: "short-year", message: `parseVetoTable: "${dateText}" gives a two-digit year, read as ${full}` });
    dateText = dateText.replace(/\d{2}\s*$/, full);
  }
  const year = Number(/(\d{4})\s*$/.exec(dateText)?.[1] ?? Number.NaN);
  const when = Number.isFinite(year)
    ? parseTableDate(dateText, year)
    : { issues: [{ code: "bad-date", message: `parseVetoTable: no year in the date "${dateText}"` }] };
  issues.push(...when.issues);
  const draftText = text("draft");
  const draft = draftText.match(SYMBOL)?.[0];
  if (!draft) issues.push({ code: "bad-draft", message: `parseVetoTable: no draft symbol in "${draftText}"` });
  const vetoedByNames = (cell("member")?.lines ?? [])
    .flatMap((line) => line.split(/\s*(?:,|&|\band\b)\s*/i))
    .map((name) => name.trim().replace(/^the\s+/i, ""))
    .filter((name) => name !== "");
  if (vetoedByNames.length === 0) issues.push({ code: "unknown-vetoer", message: `parseVetoTable: no permanent member named in row ${dataRow.index}` });
  if (!when.date || !draft) return undefined;
  const records = text("record").match(SYMBOL) ?? [];
  const { row } = dataRow;
  const draftNote = draftText.replace(draft, " ").replace(/\s+/g, " ").replace(/^[\s,;]+|[\s,;]+$/g, "");
  const meetingNumber = /S\/PV\.(\d+)/.exec(records.join(" "))?.[1];
  // Keys in a fixed, readable order: the ingest writes these objects out as JSON.
  const veto: VetoRecord = {
    draft,
    ...(draftNote !== "" ? { draftNote } : {}),
    date: when.date,
    ...(when.endDate ? { endDate: when.endDate } : {}),
    ...(meetingNumber !== undefined ? { meetingNumber: Number(meetingNumber) } : {}),
    records,
    vetoedByNames,
    agendaItem: text("agenda"),
    evidence: { file, row: dataRow.index, line: row.line, start: row.start, end: row.end },
  };
  return veto;
}

function parse(html: string, file: string): VetoTableResult {
  const layout = findTableLayout(html, LABELS, ["date", "draft", "member"]);
  if (!layout) {
    return { vetoes: [], problems: [{ file, line: 1, code: "no-table", message: `parseVetoTable: no veto table in ${file}`, excerpt: excerpt(html) }], rowCount: 0 };
  }
  const vetoes: VetoRecord[] = [];
  const problems: Problem[] = [];
  for (const dataRow of layout.dataRows) {
    const issues: CellIssue[] = [];
    const veto = readRow(dataRow, layout.columns, file, issues);
    const rowText = dataRow.row.cells.map((cell) => cell.lines.join(" ")).join(" | ");
    for (const issue of issues) problems.push({ file, line: dataRow.row.line, code: issue.code, message: issue.message, excerpt: excerpt(rowText) });
    if (veto) vetoes.push(veto);
    else problems.push({ file, line: dataRow.row.line, code: "unparsed-row", message: `parseVetoTable: row ${dataRow.index} is not a veto`, excerpt: excerpt(rowText) });
  }
  return { vetoes, problems, rowCount: layout.dataRows.length };
}

/** Parses the veto list. Never throws: whatever it cannot read is in `problems`. */
export function parseVetoTable(html: string, opts: { file: string }): VetoTableResult {
  try {
    return parse(typeof html === "string" ? html : "", opts.file);
  } catch (error) {
    const message = `parseVetoTable: internal error on ${opts.file}: ${error instanceof Error ? error.message : String(error)}`;
    return { vetoes: [], problems: [{ file: opts.file, line: 0, code: "internal-error", message, excerpt: "" }], rowCount: 0 };
  }
}
