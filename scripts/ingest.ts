// npm run ingest [-- --sources DIR] [-- --check]
// Reads the raw sources (--sources, else COUNCIL_SOURCES, else ../shared), builds the
// validated model and writes data/. With --check it writes nothing and exits 1 if data/
// differs from what it would write; without sources it says in one line that it did not
// run (exit 0), or under CI=true fails (exit 1).
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync, rmSync } from "node:fs";
import path from "node:path";
import { buildDataset } from "../lib/ingest/buildDataset";
import { renderDataFiles } from "../lib/ingest/renderDataFiles";
import { projectRoot, sourcesForCheck, SourcesUnavailableError } from "./sources/locateSources";
import { readSources } from "./sources/readSources";

const dataDir = path.join(projectRoot, "data");

function argValue(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

function listFiles(dir: string, prefix = ""): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

function main(): number {
  const checking = process.argv.includes("--check");
  let sourcesDir: string;
  try {
    const found = sourcesForCheck(argValue("--sources"));
    if ("notRun" in found) {
      if (checking) {
        console.log(`ingest --check: not run: ${found.notRun}`);
        return 0;
      }
      console.error(`ingest: ${found.notRun} (or use --sources DIR)`);
      return 2;
    }
    sourcesDir = found.dir;
  } catch (error) {
    if (!(error instanceof SourcesUnavailableError)) throw error;
    console.error(`ingest${checking ? " --check" : ""}: ${error.message}`);
    return checking ? 1 : 2;
  }
  const started = performance.now();
  const built = buildDataset(readSources(sourcesDir));
  const files = renderDataFiles(built);
  const existing = new Set(listFiles(dataDir).filter((file) => file.endsWith(".json")));

  if (checking) {
    const differing = [...files].filter(([file, text]) => !existsSync(path.join(dataDir, file)) || readFileSync(path.join(dataDir, file), "utf8") !== text).map(([file]) => file);
    const stray = [...existing].filter((file) => !files.has(file));
    if (differing.length + stray.length > 0) {
      console.error(`ingest --check: data/ is out of date. Differs: ${differing.join(", ") || "none"}. Not written by the ingest: ${stray.join(", ") || "none"}. Run npm run ingest.`);
      return 1;
    }
    console.log(`ingest --check: data/ matches the sources (${files.size} files).`);
    return 0;
  }

  for (const stale of existing) if (!files.has(stale)) rmSync(path.join(dataDir, stale));
  for (const [file, text] of files) {
    mkdirSync(path.dirname(path.join(dataDir, file)), { recursive: true });
    writeFileSync(path.join(dataDir, file), text);
  }
  const stated = built.participations.filter((p) => p.certainty === "stated").length;
  console.log(
    `ingest: ${built.meetings.length} meetings in ${built.tableStats.length} tables, ${built.entities.length} entities, ` +
      `${built.participations.length} participations (${stated} stated, ${built.participations.length - stated} inferred), ` +
      `${built.vetoes.length} vetoes, ${built.problems.length} problems (see data/ingest-report.json); ${Math.round(performance.now() - started)} ms`,
  );
  return 0;
}

process.exitCode = main();
