import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { yearsInBundle } from "@/lib/data/yearsBundle";
import { dataLayout, type DataIndex } from "@/lib/model/dataFiles";
import { projectRoot } from "./sources/locateSources";
import { writeYearsBundle } from "./writeYearsBundle";

const dataDir = path.join(projectRoot, "data");
const outDir = mkdtempSync(path.join(os.tmpdir(), "years-bundle-"));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, "utf8"));

describe("the one-file bundle of every year", () => {
  it("gives back data/'s records for every year, record by record, in order, key for key", () => {
    const written = writeYearsBundle(dataDir, outDir);
    const opened = yearsInBundle(readJson(written.file));
    if ("refused" in opened) throw new Error(`refused: ${opened.refused}`);
    expect(opened.faults).toEqual([]);
    const index = readJson(path.join(dataDir, dataLayout.index)) as DataIndex;
    expect([...opened.years.keys()]).toEqual(index.years.map(({ year }) => year));
    for (const { year } of index.years) {
      const files = { meetings: readJson(path.join(dataDir, dataLayout.meetings(year))) as unknown[], participations: readJson(path.join(dataDir, dataLayout.participations(year))) as unknown[] };
      for (const kind of ["meetings", "participations"] as const) {
        const inBundle: unknown[] = opened.years.get(year)![kind];
        expect(inBundle.length, `${year} ${kind}`).toBe(files[kind].length);
        files[kind].forEach((record, i) => {
          // Strict: an absent key is not an undefined one; and the text is the same, so key order is kept too.
          expect(inBundle[i], `${year} ${kind}[${i}]`).toStrictEqual(record);
          expect(JSON.stringify(inBundle[i]), `${year} ${kind}[${i}]`).toBe(JSON.stringify(record));
        });
      }
    }
  });
});
