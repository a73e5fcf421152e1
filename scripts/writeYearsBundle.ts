// Writes <outDir>/all-years.json: every year's files of data/ in one (lib/data/yearsBundle.ts),
// for the all-years view's single request. Run by the prebuild (scripts/preparePublic.ts).
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { bundleYears, YEARS_BUNDLE_FILE } from "@/lib/data/yearsBundle";
import { dataLayout, type DataIndex } from "@/lib/model/dataFiles";

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, "utf8"));

export function writeYearsBundle(dataDir: string, outDir: string): { file: string; years: number; bytes: number } {
  const index = readJson(path.join(dataDir, dataLayout.index)) as DataIndex;
  const bundle = bundleYears(
    index.years.map(({ year }) => ({
      year,
      meetings: readJson(path.join(dataDir, dataLayout.meetings(year))),
      participations: readJson(path.join(dataDir, dataLayout.participations(year))),
    })),
  );
  const text = JSON.stringify(bundle);
  const file = path.join(outDir, YEARS_BUNDLE_FILE);
  writeFileSync(file, text);
  return { file, years: bundle.years.length, bytes: Buffer.byteLength(text) };
}
