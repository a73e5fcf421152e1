import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { SourceTexts } from "../../lib/ingest/buildDataset";
import { PdfReadError, readPdfText } from "../../lib/pdf/readPdfText";
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
/** The Repertoire folders a maintainer adds items to: seeds/ (the project's seed) and repertoire/. */
const repertoireFolders = ["seeds", "repertoire"];

/** Every .txt and .pdf in the Repertoire folders, in name order; a PDF's text is extracted with its page map. */
async function readRepertoire(sourcesDir: string): Promise<SourceTexts["repertoire"]> {
  const documents: SourceTexts["repertoire"] = [];
  for (const folder of repertoireFolders) {
    if (!existsSync(path.join(sourcesDir, folder))) continue;
    for (const name of readdirSync(path.join(sourcesDir, folder)).filter((n) => /\.(?:txt|pdf)$/i.test(n)).sort()) {
      const file = `${folder}/${name}`;
      if (!/\.pdf$/i.test(name)) {
        documents.push({ file, text: readText(sourcesDir, file) });
        continue;
      }
      try {
        const extracted = await readPdfText(new Uint8Array(readFileSync(path.join(sourcesDir, file))));
        documents.push({ file, text: extracted.text, pdfLines: extracted.lines });
      } catch (error) {
        if (error instanceof PdfReadError) throw new InvalidSourceError(file, error.message);
        throw new UnreadableSourceError(file, `cannot be read (${error instanceof Error ? error.message : String(error)})`);
      }
    }
  }
  return documents;
}

export async function readSources(sourcesDir: string): Promise<SourceTexts> {
  const tablesDir = "sources/un-meetings-tables";
  const tableFiles = readdirSync(path.join(sourcesDir, tablesDir)).filter((name) => /^scact\d{4}(_covid)?_table_en\.html$/.test(name)).sort();
  const vetoFile = `${tablesDir}/scact_veto_table_en.html`;
  return {
    reference: readJson(sourcesDir, "data/reference-2003.json"),
    councilMembers: readJson(sourcesDir, "data/council-members-1946-2022.json"),
    tables: tableFiles.map((name) => ({ file: `${tablesDir}/${name}`, year: Number(/scact(\d{4})/.exec(name)![1]), html: readText(sourcesDir, `${tablesDir}/${name}`) })),
    ...(existsSync(path.join(sourcesDir, vetoFile)) ? { vetoTable: { file: vetoFile, html: readText(sourcesDir, vetoFile) } } : {}),
    repertoire: await readRepertoire(sourcesDir),
  };
}
