import entities from "@/data/entities.json";
import meetings2003 from "@/data/meetings/2003.json";
import participations2003 from "@/data/participations/2003.json";
import presidencies from "@/data/presidencies.json";
import subjectAreas from "@/data/subject-areas.json";
import { fetchAllYears } from "@/lib/data/fetchAllYears";
import { syntheticYear } from "@/lib/graph/fixtures/syntheticYear";
import { assembleDataset } from "@/lib/model/assembleDataset";
import type { Dataset, PresidencyMonth, SubjectAreaInfo } from "@/lib/model/dataset";
import { sampleDataset } from "@/lib/model/fixtures/sampleDataset";
import type { Entity, Meeting, Participation } from "@/lib/model/schema";

/** The datasets the graph dev page can show: `?data=sample|2003|synthetic|all`. */
export type DevDatasetName = "sample" | "2003" | "synthetic" | "all";

export function devDatasetName(value: string | null): DevDatasetName {
  return value === "2003" || value === "synthetic" || value === "all" ? value : "sample";
}

export async function loadDevDataset(name: DevDatasetName): Promise<Dataset> {
  if (name === "sample") return sampleDataset;
  if (name === "synthetic") return syntheticYear();
  if (name === "all") return fetchAllYears("", () => {});
  return assembleDataset({
    years: [2003],
    meetings: [meetings2003 as Meeting[]],
    participations: [participations2003 as Participation[]],
    entities: entities as Entity[],
    presidencies: presidencies as PresidencyMonth[],
    subjectAreas: subjectAreas as SubjectAreaInfo[],
  });
}
