// npm run data:diff -- OLD_DIR [NEW_DIR]
// Compares two copies of data/ (NEW_DIR defaults to data/) record by record and prints each
// difference counted under its cause. To compare with main:
//   git archive main data | tar -x -C /tmp/main-data && npm run data:diff -- /tmp/main-data/data
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { diffData, type DataSnapshot } from "../lib/ingest/dataDiff";
import { projectRoot } from "./sources/locateSources";

function readData(dir: string): DataSnapshot {
  const records = <T>(folder: string): T[] =>
    existsSync(path.join(dir, folder)) ? readdirSync(path.join(dir, folder)).sort().flatMap((file) => JSON.parse(readFileSync(path.join(dir, folder, file), "utf8")) as T[]) : [];
  return { meetings: records("meetings"), participations: records("participations"), entities: JSON.parse(readFileSync(path.join(dir, "entities.json"), "utf8")) };
}

const [oldDir, newDir = path.join(projectRoot, "data")] = process.argv.slice(2);
if (!oldDir) {
  console.error("data:diff: give the folder of the old data/ (and optionally the new one)");
  process.exitCode = 2;
} else {
  const causes = diffData(readData(path.resolve(oldDir)), readData(path.resolve(newDir)));
  for (const { cause, count, example } of causes) console.log(`${String(count).padStart(6)}  ${cause}  (e.g. ${example})`);
  if (causes.length === 0) console.log("data:diff: no difference");
}
