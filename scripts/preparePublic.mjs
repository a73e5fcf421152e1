// Runs before `next build`: puts the files the browser fetches at run time into public/
// (git-ignored), so the static export serves them beside the pages.
// - data/meetings|participations/YYYY.json and data/index.json: the all-years timeline
//   fetches other years on demand instead of shipping them in the first load.
// - ../shared/bench/*.json: the benchmark workloads for /bench/timeline and /bench/graph,
//   when ../shared is there (a copy of the site without it just has no workloads).
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const publicData = path.join(root, "public/data");
rmSync(publicData, { recursive: true, force: true });
for (const folder of ["meetings", "participations"]) {
  mkdirSync(path.join(publicData, folder), { recursive: true });
  cpSync(path.join(root, "data", folder), path.join(publicData, folder), { recursive: true });
}
for (const file of ["index.json", "entities.json", "presidencies.json", "subject-areas.json"]) {
  cpSync(path.join(root, "data", file), path.join(publicData, file));
}

const benchSource = path.resolve(process.env.COUNCIL_SOURCES ?? path.join(root, "../shared"), "bench");
const benchTarget = path.join(root, "public/bench-data");
rmSync(benchTarget, { recursive: true, force: true });
if (existsSync(benchSource)) {
  mkdirSync(benchTarget, { recursive: true });
  for (const file of readdirSync(benchSource).filter((name) => name.endsWith(".json"))) cpSync(path.join(benchSource, file), path.join(benchTarget, file));
}
console.log(`preparePublic: data for ${readdirSync(path.join(publicData, "meetings")).length} years; bench workloads ${existsSync(benchTarget) ? "copied" : "absent"}`);
