import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { SourceTexts } from "../../lib/ingest/buildDataset";
import { InvalidSourceError } from "../../lib/ingest/sourceErrors";

/** A source file that could not be read at all (missing, a folder, no permission): exit status 2. */
export class UnreadableSourceError extends Error {
  readonly code = "unreadable-source";
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
  }
}

function readText(sourcesDir: string, file: string): string {
  try {
    return readFileSync(path.join(sourcesDir, file), "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UnreadableSourceError(file, code === "ENOENT" ? "missing" : `cannot be read (${code ?? String(error)})`);
  }
}

function readJson(sourcesDir: string, file: string): unknown {
  const text = readText(sourcesDir, file);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InvalidSourceError(file, `not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

/**
 * Reads a sources folder (../shared, or the one locateSources found) into the texts the
 * model builder takes. A file it cannot read throws UnreadableSourceError; a JSON file
 * that does not parse throws InvalidSourceError; both name the file.
 */
export function readSources(sourcesDir: string): SourceTexts {
  const tablesDir = "sources/un-meetings-tables";
  const tableFiles = readdirSync(path.join(sourcesDir, tablesDir)).filter((name) => /^scact\d{4}(_covid)?_table_en\.html$/.test(name)).sort();
  const seedsDir = path.join(sourcesDir, "seeds");
  const vetoFile = `${tablesDir}/scact_veto_table_en.html`;
  return {
    reference: readJson(sourcesDir, "data/reference-2003.json"),
    councilMembers: readJson(sourcesDir, "data/council-members-1946-2022.json"),
    tables: tableFiles.map((name) => ({ file: `${tablesDir}/${name}`, year: Number(/scact(\d{4})/.exec(name)![1]), html: readText(sourcesDir, `${tablesDir}/${name}`) })),
    ...(existsSync(path.join(sourcesDir, vetoFile)) ? { vetoTable: { file: vetoFile, html: readText(sourcesDir, vetoFile) } } : {}),
    repertoire: readdirSync(seedsDir)
      .filter((name) => name.endsWith(".txt"))
      .sort()
      .map((name) => ({ file: `seeds/${name}`, text: readText(sourcesDir, `seeds/${name}`) })),
  };
}
