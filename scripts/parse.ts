// npm run --silent parse -- FILE
// Parses one document a user brings: a UN library meetings table (scactYYYY_table_en.html),
// the UN veto table, or Repertoire text. JSON to stdout, problems to stderr.
// Exit 0: parsed cleanly; 1: parsed, with problems; 2: the file could not be read.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Problem } from "../lib/sources/problem";
import { parseMeetingsTable } from "../lib/sources/meetingsTable";
import { parseRepertoire } from "../lib/sources/repertoire";
import { parseVetoTable } from "../lib/sources/vetoTable";

type Parsed = { kind: string; result: unknown; problems: Problem[] };

function yearOf(file: string, html: string): number | undefined {
  const fromName = /scact(\d{4})/.exec(path.basename(file))?.[1];
  const fromTitle = /conducted\s+by\s+the\s+Security\s+Council\s+in\s+(\d{4})/i.exec(html)?.[1];
  const year = Number(fromName ?? fromTitle);
  return Number.isFinite(year) && year > 1900 ? year : undefined;
}

export function parseDocument(file: string, text: string): Parsed {
  if (/<table[\s>]/i.test(text)) {
    if (/veto/i.test(path.basename(file)) || /vetoed drafts?|list of vetoes/i.test(text.slice(0, 4000))) {
      const result = parseVetoTable(text, { file });
      return { kind: "un-veto-table", result, problems: result.problems };
    }
    const year = yearOf(file, text);
    if (year === undefined) {
      const problem: Problem = { file, line: 1, code: "unknown-year", message: "parse: a meetings table needs its year, from the file name (scactYYYY) or the table title", excerpt: "" };
      return { kind: "un-meetings-table", result: { meetings: [] }, problems: [problem] };
    }
    const result = parseMeetingsTable(text, { file, year });
    return { kind: "un-meetings-table", result, problems: result.problems };
  }
  const result = parseRepertoire(text, { file });
  return { kind: "repertoire", result, problems: result.problems };
}

function main(): number {
  const file = process.argv[2];
  if (!file) {
    console.error("usage: npm run --silent parse -- FILE");
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    console.error(`parse: cannot read ${file}: ${(error as Error).message}`);
    return 2;
  }
  const parsed = parseDocument(file, text);
  process.stdout.write(`${JSON.stringify({ kind: parsed.kind, ...(parsed.result as object) }, null, 2)}\n`);
  for (const problem of parsed.problems) console.error(`${problem.file}:${problem.line}: ${problem.code}: ${problem.message}${problem.excerpt ? ` — ${problem.excerpt}` : ""}`);
  return parsed.problems.length > 0 ? 1 : 0;
}

process.exitCode = main();
