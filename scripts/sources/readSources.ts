import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { SourceTexts } from "../../lib/ingest/buildDataset";

/** Reads a sources folder (../shared, or the one locateSources found) into the texts the model builder takes. */
export function readSources(sourcesDir: string): SourceTexts {
  const tablesDir = path.join(sourcesDir, "sources/un-meetings-tables");
  const tableFiles = readdirSync(tablesDir).filter((name) => /^scact\d{4}(_covid)?_table_en\.html$/.test(name)).sort();
  const seedsDir = path.join(sourcesDir, "seeds");
  const vetoFile = path.join(tablesDir, "scact_veto_table_en.html");
  return {
    reference: JSON.parse(readFileSync(path.join(sourcesDir, "data/reference-2003.json"), "utf8")),
    councilMembers: JSON.parse(readFileSync(path.join(sourcesDir, "data/council-members-1946-2022.json"), "utf8")),
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

