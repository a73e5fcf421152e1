import { assembleDataset } from "@/lib/data/assembleDataset";
import type { DataIndex } from "@/lib/model/dataFiles";
import type { Dataset, PresidencyMonth, SubjectAreaInfo } from "@/lib/model/dataset";
import type { Entity, Meeting, Participation } from "@/lib/model/schema";

// The browser's side of data/: the build copies the per-year files to /data/ (see
// scripts/preparePublic.mjs) and the all-years view fetches them here, year by year, so
// the user sees progress and the default year's view never waits for them.

export class DataLoadError extends Error {
  readonly code = "data-load-failed";
  constructor(readonly url: string, detail: string) {
    super(`fetchAllYears: could not load ${url} (${detail})`);
  }
}

async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    throw new DataLoadError(url, (error as Error).message);
  }
  if (!response.ok) throw new DataLoadError(url, `HTTP ${response.status}`);
  try {
    return (await response.json()) as T;
  } catch {
    throw new DataLoadError(url, "not valid JSON");
  }
}

export async function fetchAllYears(baseUrl: string, onProgress: (loaded: number, total: number) => void, signal?: AbortSignal): Promise<Dataset> {
  const [index, entities, presidencies, subjectAreas] = await Promise.all([
    getJson<DataIndex>(`${baseUrl}/data/index.json`, signal),
    getJson<Entity[]>(`${baseUrl}/data/entities.json`, signal),
    getJson<PresidencyMonth[]>(`${baseUrl}/data/presidencies.json`, signal),
    getJson<SubjectAreaInfo[]>(`${baseUrl}/data/subject-areas.json`, signal),
  ]);
  const years = index.years.map((entry) => entry.year);
  let loaded = 0;
  onProgress(loaded, years.length);
  const perYear = await Promise.all(
    years.map(async (year) => {
      const [meetings, participations] = await Promise.all([
        getJson<Meeting[]>(`${baseUrl}/data/meetings/${year}.json`, signal),
        getJson<Participation[]>(`${baseUrl}/data/participations/${year}.json`, signal),
      ]);
      onProgress(++loaded, years.length);
      return { meetings, participations };
    }),
  );
  return assembleDataset({
    years,
    meetings: perYear.map((part) => part.meetings),
    participations: perYear.map((part) => part.participations),
    entities,
    presidencies,
    subjectAreas,
  });
}
