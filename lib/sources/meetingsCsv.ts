import type { Problem } from "./problem";
import { excerpt } from "./sourceText";

// A CSV of meetings and participations, for records no UN table or Repertoire item gives
// (a class's own notes, another database's export). The columns are documented in
// README.md; one row per participant, and a row without a participant states a meeting
// alone. RFC 4180 quoting: fields in double quotes may hold commas, quotes ("") and line
// breaks. Pure: text in, rows and problems with line numbers out; never throws.

export const csvColumns = ["meeting", "date", "topic", "outcome", "participant", "role", "on_behalf_of", "capacity", "note"] as const;
export type CsvColumn = (typeof csvColumns)[number];
export const csvRequiredColumns: readonly CsvColumn[] = ["meeting", "date"];

export interface CsvRow {
  /** 1-based line the row starts on. */
  line: number;
  values: Partial<Record<CsvColumn, string>>;
}

export interface MeetingsCsvResult {
  rows: CsvRow[];
  problems: Problem[];
}

/** Records of the file with the line each starts on; `unterminated` when a quote never closes. */
function records(text: string): { records: Array<{ line: number; fields: string[] }>; unterminatedAt?: number } {
  const out: Array<{ line: number; fields: string[] }> = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === "\n") line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && field.trim() === "") {
      quoted = true;
      quoteLine = line;
      field = "";
    } else if (c === ",") {
      fields.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      fields.push(field);
      out.push({ line: recordLine, fields });
      fields = [];
      field = "";
      line++;
      recordLine = line;
    } else field += c;
  }
  if (field.length > 0 || fields.length > 0) {
    fields.push(field);
    out.push({ line: recordLine, fields });
  }
  return quoted ? { records: out, unterminatedAt: quoteLine } : { records: out };
}

export function parseMeetingsCsv(text: string, opts: { file: string }): MeetingsCsvResult {
  const problems: Problem[] = [];
  const problem = (line: number, code: string, message: string, near: string) => problems.push({ file: opts.file, line, code, message, excerpt: excerpt(near, 120) });
  const { records: all, unterminatedAt } = records(typeof text === "string" ? text.replace(/^\ufeff/, "") : "");
  const nonEmpty = all.filter((record) => record.fields.some((f) => f.trim().length > 0));
  const header = nonEmpty[0];
  if (!header) {
    problem(1, "csv-empty", "parseMeetingsCsv: the file holds no header row", "");
    return { rows: [], problems };
  }
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const unknown = names.filter((n) => !(csvColumns as readonly string[]).includes(n));
  if (unknown.length > 0) problem(header.line, "csv-unknown-column", `parseMeetingsCsv: columns ${unknown.map((n) => `"${n}"`).join(", ")} are not among ${csvColumns.join(", ")}; they are ignored`, header.fields.join(","));
  const missing = csvRequiredColumns.filter((n) => !names.includes(n));
  if (missing.length > 0) {
    problem(header.line, "csv-missing-column", `parseMeetingsCsv: the header lacks ${missing.join(" and ")}; nothing can be read without them`, header.fields.join(","));
    return { rows: [], problems };
  }
  const rows: CsvRow[] = [];
  // A quote that never closes swallowed the rest of the file into the last record.
  const body = unterminatedAt !== undefined ? nonEmpty.slice(1, -1) : nonEmpty.slice(1);
  for (const record of body) {
    if (record.fields.length !== names.length) {
      problem(record.line, "csv-column-count", `parseMeetingsCsv: the row has ${record.fields.length} fields, the header ${names.length}; the row is skipped`, record.fields.join(","));
      continue;
    }
    const values: CsvRow["values"] = {};
    names.forEach((name, i) => {
      const value = record.fields[i]?.trim();
      if (value && (csvColumns as readonly string[]).includes(name)) values[name as CsvColumn] = value;
    });
    rows.push({ line: record.line, values });
  }
  if (unterminatedAt !== undefined) {
    problem(unterminatedAt, "csv-truncated", "parseMeetingsCsv: a quoted field opens here and never closes: the file looks cut short; its last row is skipped", nonEmpty[nonEmpty.length - 1]?.fields.join(",") ?? "");
  }
  return { rows, problems };
}
