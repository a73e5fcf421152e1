// Writes <outDir>/all-years.json: every year's files of data/ in one (lib/data/yearsBundle.ts),
// for the all-years view's single request. Run by the prebuild (scripts/preparePublic.ts).
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { bundleYears, yearsInBundle, YEARS_BUNDLE_FILE, type YearFiles } from "@/lib/data/yearsBundle";
import { dataLayout, type DataIndex } from "@/lib/model/dataFiles";

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, "utf8"));

function readRecords(dataDir: string, file: string): unknown[] {
  const records = readJson(path.join(dataDir, file));
  if (!Array.isArray(records)) throw new Error(`writeYearsBundle: ${file} is not a list of records`);
  return records;
}

/** Throws unless the bundle's text gives back every year's records as data/ has them, key for key. */
function checkGivesBack(text: string, years: readonly YearFiles[]): void {
  const read = yearsInBundle(JSON.parse(text));
  if ("refused" in read) throw new Error(`writeYearsBundle: the bundle written is refused: ${read.refused}`);
  for (const files of years) {
    const year = read.years.get(files.year);
    for (const kind of ["meetings", "participations"] as const) {
      if (JSON.stringify(year?.[kind]) !== JSON.stringify(files[kind])) {
        const fault = read.faults.find((each) => each.year === files.year)?.message ?? "records differ";
        throw new Error(`writeYearsBundle: the bundle does not give back ${files.year}'s ${kind} (${fault})`);
      }
    }
  }
}

export function writeYearsBundle(dataDir: string, outDir: string): { file: string; years: number; bytes: number } {
  const index = readJson(path.join(dataDir, dataLayout.index)) as DataIndex;
  const years = index.years.map(({ year }) => ({
    year,
    meetings: readRecords(dataDir, dataLayout.meetings(year)),
    participations: readRecords(dataDir, dataLayout.participations(year)),
  }));
  const text = JSON.stringify(bundleYears(years));
  // The per-year files stay the truth: a bundle that would change a record is not shipped.
  checkGivesBack(text, years);
  const file = path.join(outDir, YEARS_BUNDLE_FILE);
  writeFileSync(file, text);
  return { file, years: years.length, bytes: Buffer.byteLength(text) };
}
