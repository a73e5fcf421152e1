// npm run bench:ingest: how long the parsers take on all the UN tables and on a 1 MB
// Repertoire text. Prints median and p95 over several runs; asserts nothing.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { parseMeetingsTable } from "../../lib/sources/meetingsTable";
import { parseRepertoire } from "../../lib/sources/repertoire";
import { parseVetoTable } from "../../lib/sources/vetoTable";
import { requireSources } from "../sources/locateSources";
import { median, p95 } from "./stats";

const runs = 7;
const sources = requireSources();
const tablesDir = path.join(sources, "sources/un-meetings-tables");
const tables = readdirSync(tablesDir).filter((name) => name.endsWith(".html")).sort().map((name) => ({ name, html: readFileSync(path.join(tablesDir, name), "utf8") }));

/** About 1 MB of Repertoire prose: the seed's items again and again, renumbered so each item and meeting is new. */
function megabyteOfRepertoire(): string {
  const seedsDir = path.join(sources, "seeds");
  const seed = readdirSync(seedsDir).filter((name) => name.endsWith(".txt")).map((name) => readFileSync(path.join(seedsDir, name), "utf8")).join("\n\n");
  const parts: string[] = [];
  let size = 0;
  for (let copy = 0; size < 1_000_000; copy++) {
    const shifted = seed
      .replace(/^(\d+)\. /gm, (_, item: string) => `${Number(item) + copy * 2}. `)
      .replace(/(\d{4})(th meeting)/g, (_, meeting: string, suffix: string) => `${Number(meeting) + copy * 10}${suffix}`);
    parts.push(shifted);
    size += shifted.length;
  }
  return parts.join("\n\n");
}

function time(label: string, work: () => number): void {
  const samples: number[] = [];
  let count = 0;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    count = work();
    samples.push(performance.now() - started);
  }
  console.log(`${label}: median ${median(samples).toFixed(1)} ms, p95 ${p95(samples).toFixed(1)} ms over ${runs} runs (${count} records)`);
}

const totalBytes = tables.reduce((sum, table) => sum + table.html.length, 0);
time(`parse ${tables.length} UN tables (${(totalBytes / 1e6).toFixed(2)} MB)`, () =>
  tables.reduce((count, table) => {
    if (table.name.includes("veto")) return count + parseVetoTable(table.html, { file: table.name }).vetoes.length;
    const year = Number(/scact(\d{4})/.exec(table.name)?.[1]);
    return count + parseMeetingsTable(table.html, { file: table.name, year }).meetings.length;
  }, 0),
);
const repertoire = megabyteOfRepertoire();
time(`parse ${(repertoire.length / 1e6).toFixed(2)} MB of Repertoire text`, () => parseRepertoire(repertoire, { file: "synthetic" }).items.length);
