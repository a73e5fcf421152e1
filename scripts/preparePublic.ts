// Runs before `next build`: puts the files the browser fetches at run time into public/
// (git-ignored), so the static export serves them beside the pages.
// - data/meetings|participations/YYYY.json and data/index.json: the all-years timeline
//   fetches other years on demand instead of shipping them in the first load.
// - data/all-years.json: every year's files in one, so the all-years view makes one
//   request (scripts/writeYearsBundle.ts); the per-year files stay as the fallback.
// - data/graph-layout-all.json: the all-years graph's layout, computed here so the
//   browser paints it settled instead of running the forces (scripts/prelayGraphs.ts).
// - <sources>/bench/*.json: the benchmark workloads for /bench/timeline and /bench/graph,
//   when the sources are there (a copy of the site without them has no workloads).
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { writeAllYearsLayout } from "./prelayGraphs";
import { writeYearsBundle } from "./writeYearsBundle";
import { locateSources, projectRoot } from "./sources/locateSources";

const publicData = path.join(projectRoot, "public/data");
rmSync(publicData, { recursive: true, force: true });
for (const folder of ["meetings", "participations"]) {
  mkdirSync(path.join(publicData, folder), { recursive: true });
  cpSync(path.join(projectRoot, "data", folder), path.join(publicData, folder), { recursive: true });
}
for (const file of ["index.json", "entities.json", "presidencies.json", "subject-areas.json"]) {
  cpSync(path.join(projectRoot, "data", file), path.join(publicData, file));
}

const allYearsLayout = writeAllYearsLayout(path.join(projectRoot, "data"), publicData);
const yearsBundle = writeYearsBundle(path.join(projectRoot, "data"), publicData);

const benchSource = path.join(locateSources().dir, "bench");
const benchTarget = path.join(projectRoot, "public/bench-data");
rmSync(benchTarget, { recursive: true, force: true });
if (existsSync(benchSource)) {
  mkdirSync(benchTarget, { recursive: true });
  for (const file of readdirSync(benchSource).filter((name) => name.endsWith(".json"))) cpSync(path.join(benchSource, file), path.join(benchTarget, file));
}
console.log(
  `preparePublic: data for ${readdirSync(path.join(publicData, "meetings")).length} years; ` +
    `every year in one file (${Math.round(yearsBundle.bytes / 1024)} KB before compression); ` +
    `all-years graph laid out (${allYearsLayout.nodes} nodes) in ${allYearsLayout.ms} ms; ` +
    (existsSync(benchTarget) ? `bench workloads copied from ${benchSource}` : `no bench workloads (none at ${benchSource})`),
);
