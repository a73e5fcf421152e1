// npm run ingest [-- --sources DIR] [-- --check]
// Reads the raw sources (default ../shared), builds the validated model and writes
// data/. With --check it writes nothing and exits 1 if data/ differs from what it
// would write. The only place besides the parse CLI that touches the file system.
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync, rmSync } from "node:fs";
import path from "node:path";
import { buildDataset, type SourceTexts } from "../lib/model/buildDataset";
import { renderDataFiles } from "../lib/model/dataFiles";

const projectRoot = path.resolve(import.meta.dirname, "..");
const dataDir = path.join(projectRoot, "data");

function argValue(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

export function readSources(sourcesDir: string): SourceTexts {
  const tablesDir = path.join(sourcesDir, "sources/un-meetings-tables");
  const tableFiles = readdirSync(tablesDir).filter((name) => /^scact\d{4}(_covid)?_table_en\.html$/.test(name)).sort();
  const seedsDir = path.join(sourcesDir, "seeds");
  const vetoFile = path.join(tablesDir, "scact_veto_table_en.html");
  return {
    reference: JSON.parse(readFileSync(path.join(sourcesDir, "data/reference-2003.json"), "utf8")),
    tables: tableFiles.map((name) => ({
      file: `sources/un-meetings-tables/${name}`,
      year: Number(/scact(\d{4})/.exec(name)![1]),
      html: readFileSync(path.join(tablesDir, name), "utf8"),
    })),
    ...(existsSync(vetoFile) ? { vetoTable: { file: "sources/un-meetings-tables/scact_veto_table_en.html", html: readFileSync(vetoFile, "utf8") } } : {}),
    repertoire: readdirSync(seedsDir)
      .filter((name) => name.endsWith(".txt"))
      .sort()
      .map((name) => ({ file: `seeds/${name}`, text: readFileSync(path.join(seedsDir, name), "utf8") })),
  };
}

function listFiles(dir: string, prefix = ""): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

function main(): number {
  const sourcesDir = path.resolve(argValue("--sources") ?? path.join(projectRoot, "../shared"));
  if (!existsSync(sourcesDir)) {
    if (process.argv.includes("--check")) {
      // A copy of the project without ../shared (a static host, a fork) has nothing to check against.
      console.log(`ingest --check: no sources folder at ${sourcesDir}; nothing to compare.`);
      return 0;
    }
    console.error(`ingest: no sources folder at ${sourcesDir} (use --sources DIR)`);
    return 2;
  }
  const started = performance.now();
  const built = buildDataset(readSources(sourcesDir));
  const files = renderDataFiles(built);
  const existing = new Set(listFiles(dataDir).filter((file) => file.endsWith(".json")));

  if (process.argv.includes("--check")) {
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
