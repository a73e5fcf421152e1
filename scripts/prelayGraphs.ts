// The graph layouts the site ships ready-made (issue 12: layout at build time): the
// all-years graph's, written beside the per-year data files for the all-years view. The
// default year's is made by app/page.tsx while the page is built.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { assembleDataset } from "@/lib/data/assembleDataset";
import { buildGraph } from "@/lib/graph/buildGraph";
import type { PrelaidLayout } from "@/lib/graph/prelaidLayout";
import { prelayGraph } from "@/lib/graph/prelayGraph";
import type { DataIndex } from "@/lib/model/dataFiles";
import type { PresidencyMonth, SubjectAreaInfo } from "@/lib/model/dataset";
import type { Entity, Meeting, Participation } from "@/lib/model/schema";

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, "utf8")) as T;

/** The dataset the all-years view assembles from data/, the same way lib/data/fetchAllYears does in the browser. */
function allYearsDataset(dataDir: string) {
  const index = readJson<DataIndex>(path.join(dataDir, "index.json"));
  const years = index.years.map((entry) => entry.year);
  return assembleDataset({
    years,
    meetings: years.map((year) => readJson<Meeting[]>(path.join(dataDir, "meetings", `${year}.json`))),
    participations: years.map((year) => readJson<Participation[]>(path.join(dataDir, "participations", `${year}.json`))),
    entities: readJson<Entity[]>(path.join(dataDir, "entities.json")),
    presidencies: readJson<PresidencyMonth[]>(path.join(dataDir, "presidencies.json")),
    subjectAreas: readJson<SubjectAreaInfo[]>(path.join(dataDir, "subject-areas.json")),
  });
}

/** Writes `<outDir>/graph-layout-all.json`; returns the layout and how long it took. */
export function writeAllYearsLayout(dataDir: string, outDir: string): { layout: PrelaidLayout; ms: number; nodes: number } {
  const started = performance.now();
  const graph = buildGraph(allYearsDataset(dataDir));
  const layout = prelayGraph(graph);
  writeFileSync(path.join(outDir, "graph-layout-all.json"), JSON.stringify(layout));
  return { layout, ms: Math.round(performance.now() - started), nodes: graph.nodes.length };
}
