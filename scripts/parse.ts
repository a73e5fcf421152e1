// npm run --silent parse -- FILE
// Parses one document a user brings: a UN library meetings table (scactYYYY_table_en.html),
// the UN veto table, or Repertoire text or PDF. JSON to stdout, problems to stderr.
// Exit 0: parsed cleanly; 1: parsed with problems, or not a text document (empty, binary,
// invalid UTF-8); 2: not read (missing, not a regular file, over the size limit).
import path from "node:path";
import type { Problem } from "../lib/sources/problem";
import { parseMeetingsTable } from "../lib/sources/meetingsTable";
import { parseRepertoire } from "../lib/sources/repertoire";
import { meetingsTableYear } from "../lib/sources/tableYear";
import { parseVetoTable } from "../lib/sources/vetoTable";
import { PdfReadError, readPdfText } from "../lib/pdf/readPdfText";
import { readDocument } from "./readDocument";

type Parsed = { kind: string; result: unknown; problems: Problem[] };

function repertoireDocument(file: string, text: string): Parsed {
  const result = parseRepertoire(text, { file });
  return { kind: "repertoire", result, problems: result.problems };
}

export function parseDocument(file: string, text: string): Parsed {
  if (/<table[\s>]/i.test(text)) {
    if (/veto/i.test(path.basename(file)) || /vetoed drafts?|list of vetoes/i.test(text.slice(0, 4000))) {
      const result = parseVetoTable(text, { file });
      return { kind: "un-veto-table", result, problems: result.problems };
    }
    const year = meetingsTableYear(file, text);
    if (year === undefined) {
      const problem: Problem = { file, line: 1, code: "unknown-year", message: "parse: a meetings table needs its year, from the file name (scactYYYY) or the table title", excerpt: "" };
      return { kind: "un-meetings-table", result: { meetings: [] }, problems: [problem] };
    }
    const result = parseMeetingsTable(text, { file, year });
    return { kind: "un-meetings-table", result, problems: result.problems };
  }
  return repertoireDocument(file, text);
}

/** Control characters from a document would reach the terminal as escape sequences; show
 * them as \u escapes instead. */
function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

async function main(): Promise<number> {
  const file = process.argv[2];
  if (!file) {
    console.error("usage: npm run --silent parse -- FILE");
    return 2;
  }
  const read = readDocument(file);
  if (!read.ok) {
    console.error(`parse: ${printable(file)} ${read.refusal.message}`);
    return read.refusal.status;
  }
  let text: string;
  let pdf: { pages: number; lines: Array<{ page: number; line: number } | null> } | undefined;
  if ("pdf" in read) {
    try {
      const extracted = await readPdfText(read.pdf);
      text = extracted.text;
      pdf = { pages: extracted.pages, lines: extracted.lines };
    } catch (error) {
      if (!(error instanceof PdfReadError)) throw error;
      console.error(`parse: ${printable(file)}: ${error.code}: ${error.message}`);
      return 1;
    }
  } else text = read.text;
  // Text from a PDF is always Repertoire prose: the UN's tables are HTML.
  const parsed = pdf ? repertoireDocument(file, text) : parseDocument(file, text);
  // For a PDF, `pdfLines[n - 1]` is the page and line of the extracted text's line n, which spans and problems count.
  process.stdout.write(`${JSON.stringify({ kind: parsed.kind, ...(parsed.result as object), ...(pdf ? { pdfPages: pdf.pages, pdfLines: pdf.lines } : {}) }, null, 2)}\n`);
  for (const problem of parsed.problems) console.error(printable(`${problem.file}:${problem.line}: ${problem.code}: ${problem.message}${problem.excerpt ? ` — ${problem.excerpt}` : ""}`));
  return parsed.problems.length > 0 ? 1 : 0;
}

process.exitCode = await main();
