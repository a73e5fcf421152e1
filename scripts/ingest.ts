// npm run ingest [-- --sources DIR] [-- --check] [-- --update-manifest] [-- --out DIR]
// Reads the raw sources (--sources, else COUNCIL_SOURCES, else ../shared), checks them
// against lib/ingest/sourceManifest.json, builds the validated model and writes data/ (or
// --out DIR) atomically. With --check it writes nothing and exits 1 if data/ differs from
// what it would write; without sources it says in one line that it did not run (exit 0),
// or under CI=true fails (exit 1). --update-manifest records what this run read as the
// new expectation (do it deliberately, after looking at the sources that changed).
// Exit status: 0 written (or up to date); 1 invalid input or data/ out of date; 2 input
// that could not be read. Every error is one line naming the file.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildDataset, type BuiltDataset } from "../lib/ingest/buildDataset";
import { renderDataFiles } from "../lib/ingest/renderDataFiles";
import { InvalidSourceError } from "../lib/ingest/sourceErrors";
import { checkSources, manifestOf, sourceManifestFile, sourceManifestSchema } from "../lib/ingest/sourceManifest";
import { projectRoot, sourcesForCheck, SourcesUnavailableError } from "./sources/locateSources";
import { readSources, UnreadableSourceError } from "./sources/readSources";
import { writeDataAtomically } from "./writeDataAtomically";

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

function readManifest() {
  const file = path.join(projectRoot, sourceManifestFile);
  if (!existsSync(file)) return undefined;
  return sourceManifestSchema.parse(JSON.parse(readFileSync(file, "utf8")));
}

/** "resolution-numbers 0, veto-accounts 8, …": each check with its count of exceptions. */
function checksLine(built: BuiltDataset): string {
  return built.checks.map((check) => `${check.id} ${check.exceptions.length}/${check.checked}`).join(", ");
}

async function build(sourcesDir: string, label: string): Promise<{ built: BuiltDataset } | { status: number }> {
  try {
    return { built: buildDataset(await readSources(sourcesDir)) };
  } catch (error) {
    if (error instanceof UnreadableSourceError) {
      console.error(`${label}: ${error.message}`);
      return { status: 2 };
    }
    if (error instanceof InvalidSourceError) {
      console.error(`${label}: ${error.message}`);
      return { status: 1 };
    }
    throw error;
  }
}

async function main(): Promise<number> {
  const checking = process.argv.includes("--check");
  const updatingManifest = process.argv.includes("--update-manifest");
  const label = checking ? "ingest --check" : "ingest";
  const dataDir = path.resolve(argValue("--out") ?? path.join(projectRoot, "data"));
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
    console.error(`${label}: ${error.message}`);
    return checking ? 1 : 2;
  }
  const started = performance.now();
  const result = await build(sourcesDir, label);
  if ("status" in result) return result.status;
  const { built } = result;

  const manifest = readManifest();
  if (updatingManifest) {
    writeFileSync(path.join(projectRoot, sourceManifestFile), `${JSON.stringify(manifestOf(built), null, 2)}\n`);
    console.log(`${label}: recorded ${built.tableStats.length} tables and the veto list in ${sourceManifestFile}`);
  } else if (!manifest) {
    console.error(`${label}: ${sourceManifestFile} is missing; run npm run ingest -- --update-manifest once, deliberately`);
    return 1;
  } else {
    const findings = checkSources(manifest, built);
    for (const finding of findings) console.error(`${label}: ${finding.kind === "grown" ? "note" : "error"}: ${finding.message}`);
    if (findings.some((finding) => finding.kind === "missing")) return 2;
    if (findings.some((finding) => finding.kind === "invalid")) return 1;
  }

  const files = renderDataFiles(built);
  if (checking) {
    const existing = new Set(listFiles(dataDir).filter((file) => file.endsWith(".json")));
    const differing = [...files].filter(([file, text]) => !existsSync(path.join(dataDir, file)) || readFileSync(path.join(dataDir, file), "utf8") !== text).map(([file]) => file);
    const stray = [...existing].filter((file) => !files.has(file));
    if (differing.length + stray.length > 0) {
      console.error(`ingest --check: data/ is out of date. Differs: ${differing.join(", ") || "none"}. Not written by the ingest: ${stray.join(", ") || "none"}. Run npm run ingest.`);
      return 1;
    }
    console.log(`ingest --check: data/ matches the sources (${files.size} files).`);
    return 0;
  }

  writeDataAtomically(dataDir, files);
  const stated = built.participations.filter((p) => p.certainty === "stated").length;
  console.log(
    `ingest: ${built.meetings.length} meetings in ${built.tableStats.length} tables, ${built.entities.length} entities, ` +
      `${built.participations.length} participations (${stated} stated, ${built.participations.length - stated} inferred), ` +
      `${built.vetoes.length} vetoes, ${built.problems.length} problems; checks (exceptions/checked): ${checksLine(built)} ` +
      `(see data/ingest-report.json); ${Math.round(performance.now() - started)} ms`,
  );
  return 0;
}

process.exitCode = await main();
