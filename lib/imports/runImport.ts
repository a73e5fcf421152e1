import { PdfReadError, readPdfText } from "@/lib/pdf/readPdfText";
import { checkDocumentOrPdf, formatBytes } from "@/lib/sources/inputChecks";
import { csvColumns } from "@/lib/sources/meetingsCsv";
import { looksLikeHtmlTable, meetingsTableYear } from "@/lib/sources/tableYear";
import { csvRecords } from "./csvLayer";
import type { ImportContext } from "./importContext";
import { MAX_IMPORT_BYTES, type ImportKind, type ImportLayer, type ImportRefusal, type ImportSource } from "./importTypes";
import { layerRecords } from "./layerRecords";
import { repertoireRecords } from "./repertoireLayer";
import { tableRecords } from "./tableLayer";

// One input, whatever the user brought, to a layer or a refusal that names it: the
// checks (size, empty, binary, UTF-8), the format (PDF by its signature, an HTML table, a
// CSV by its header, else Repertoire prose), the parse, the records. Runs in the import
// worker; pure apart from pdfjs, so Node tests run it too.

export type ImportOutcome = { ok: true; layer: ImportLayer } | { ok: false; refusal: ImportRefusal };

export interface RunOptions {
  onProgress?: (stage: string, done: number, total: number) => void;
  isCancelled?: () => boolean;
  limit?: number;
}

const refuse = (code: ImportRefusal["code"], message: string): ImportOutcome => ({ ok: false, refusal: { code, message } });

function looksLikeCsv(text: string): boolean {
  const header = text.replace(/^\ufeff/, "").split(/\r?\n/, 1)[0]?.toLowerCase() ?? "";
  const names = header.split(",").map((n) => n.trim());
  return names.includes("meeting") && names.includes("date") && names.every((n) => (csvColumns as readonly string[]).includes(n) || n.length < 40);
}

export async function runImport(bytes: Uint8Array, source: ImportSource, context: ImportContext, options: RunOptions = {}): Promise<ImportOutcome> {
  const name = `"${source.fileName}"`;
  const limit = options.limit ?? MAX_IMPORT_BYTES;
  if (bytes.length > limit) return refuse("too-large", `${name} is ${formatBytes(bytes.length)}, over the ${formatBytes(limit)} limit for one import`);
  const checked = checkDocumentOrPdf(bytes);
  if (!checked.ok) return refuse(checked.refusal.code as ImportRefusal["code"], `${name} ${checked.refusal.message}`);
  options.onProgress?.("reading", 0, 1);

  let kind: ImportKind;
  let text: string;
  let pdfLines: Array<{ page: number; line: number } | null> | undefined;
  if ("pdf" in checked) {
    try {
      const extracted = await readPdfText(checked.pdf, { onPage: (done, total) => options.onProgress?.("reading PDF pages", done, total), isCancelled: options.isCancelled });
      text = extracted.text;
      pdfLines = extracted.lines;
      kind = "repertoire-pdf";
    } catch (error) {
      if (error instanceof PdfReadError) return refuse(error.code, `${name}: ${error.message}`);
      throw error;
    }
  } else {
    text = checked.text;
    kind = looksLikeHtmlTable(text) ? "meetings-table" : looksLikeCsv(text) ? "csv" : "repertoire-text";
  }
  if (options.isCancelled?.()) return refuse("cancelled", `the import of ${name} was cancelled`);
  options.onProgress?.("parsing", 0, 1);

  let records: ReturnType<typeof repertoireRecords> | ReturnType<typeof tableRecords> | ReturnType<typeof csvRecords>;
  if (kind === "meetings-table") {
    const year = meetingsTableYear(source.fileName, text);
    if (year === undefined) return refuse("table-without-year", `${name} is an HTML table, but neither its name (scactYYYY…) nor its title says which year's meetings it lists`);
    records = tableRecords(text, year, source, context);
  } else if (kind === "csv") records = csvRecords(text, source, context);
  else {
    if (/<html[\s>]|<body[\s>]|<!doctype html/i.test(text.slice(0, 4000))) {
      return refuse("unknown-format", `${name} is an HTML page without a meetings table; the import reads Repertoire items (.txt or .pdf), UN meetings tables (.html) and CSV files of meetings`);
    }
    records = repertoireRecords(text, source, context, pdfLines);
    if (records.items === 0) {
      return refuse("unknown-format", `${name} holds no Repertoire item (an item starts with a numbered title such as "23. The situation between Iraq and Kuwait"), and it is not a UN meetings table or a CSV of meetings`);
    }
  }
  if (records.meetings.length === 0) {
    const first = records.problems[0];
    return refuse("no-records", `${name} gave no meetings${first ? `; the first problem, line ${first.line}: ${first.message}` : ""}`);
  }
  const valid = layerRecords(context, records);
  options.onProgress?.("parsing", 1, 1);
  return {
    ok: true,
    layer: { id: source.id, fileName: source.fileName, kind, importedAt: source.importedAt, bytes: bytes.length, hidden: false, ...valid, problems: records.problems },
  };
}
