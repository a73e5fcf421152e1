import { assembleDataset } from "@/lib/data/assembleDataset";
import { dataLayout } from "@/lib/model/dataFiles";
import type { Dataset, PresidencyMonth, SubjectAreaInfo } from "@/lib/model/dataset";
import type { Entity, Meeting, Participation } from "@/lib/model/schema";
import { checkedFile, entitiesFile, meetingsOfYear, participationsFile, presidenciesFile, subjectAreasFile } from "./dataFileShapes";
import type { ShapeCheck } from "./shapeChecks";
import { YEARS_BUNDLE_FILE, yearsInBundle } from "./yearsBundle";

// The browser's side of data/: the build copies the per-year files to /data/ (see
// scripts/preparePublic.ts) and the all-years view fetches them here, year by year, so
// the user sees progress and the default year's view never waits for them. One bad year
// does not cost the others: it is left out and named, and a retry fetches only it.
// When several years are missing they come first from the one-file bundle of every year
// (lib/data/yearsBundle.ts); what the bundle lacks or holds wrongly is fetched year by year.

export class DataLoadError extends Error {
  readonly code = "data-load-failed";
  constructor(readonly url: string, detail: string) {
    super(`${url}: ${detail}`);
  }
}

/** The files shared by every year, without which no year can be shown. */
interface SharedFiles {
  entities: Entity[];
  presidencies: PresidencyMonth[];
  subjectAreas: SubjectAreaInfo[];
}

interface YearFiles {
  meetings: Meeting[];
  participations: Participation[];
}

/** What has been fetched so far; a later call fetches only what is missing. */
export interface LoadedParts {
  shared: SharedFiles | null;
  byYear: ReadonlyMap<number, YearFiles>;
}

/** A year left out of the dataset, and why, naming the file. */
export interface YearFailure {
  year: number;
  message: string;
}

export interface AllYearsResult {
  dataset: Dataset;
  parts: LoadedParts;
  /** Years that could not be loaded, in order; the dataset holds every other year. */
  failures: YearFailure[];
}

export interface FetchAllYearsOptions {
  /** Every year data/ holds (data/index.json, read at build time). */
  years: readonly number[];
  /** Parts already held (the default year's files from the page, or an earlier attempt). */
  previous?: LoadedParts;
  /** Called as each year settles, loaded or failed, so progress always reaches the total. */
  onProgress?(settled: number, total: number): void;
  signal?: AbortSignal;
  baseUrl?: string;
}

async function getJson(url: string, signal: AbortSignal | undefined): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DataLoadError(url, (error as Error).message);
  }
  if (!response.ok) throw new DataLoadError(url, `HTTP ${response.status}`);
  try {
    return (await response.json()) as unknown;
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DataLoadError(url, "not valid JSON");
  }
}

async function getChecked<T>(url: string, check: ShapeCheck, signal: AbortSignal | undefined): Promise<T> {
  return checkedFile<T>(url, await getJson(url, signal), check);
}

/**
 * The years of `wanted` that the bundle holds and could read; an unusable bundle gives none.
 * Reading the bundle checks each value as the shape checks would, so these years skip
 * them; a year it could not read is left to its own files, which name the fault if they
 * have it too.
 */
async function yearsFromBundle(url: string, wanted: readonly number[], signal: AbortSignal | undefined): Promise<Map<number, YearFiles>> {
  const found = new Map<number, YearFiles>();
  let bundled: ReturnType<typeof yearsInBundle>;
  try {
    bundled = yearsInBundle(await getJson(url, signal));
  } catch (error) {
    if (signal?.aborted) throw error;
    return found;
  }
  if ("refused" in bundled) return found;
  for (const year of wanted) {
    const files = bundled.years.get(year);
    if (files) found.set(year, files);
  }
  return found;
}

/**
 * Every year's meetings and edges, with the shared files. Rejects only when the shared
 * files cannot be had (no year could be shown) or on abort; a year whose files are
 * missing, not JSON or of the wrong shape is reported in `failures` and left out.
 */
export async function fetchAllYears(options: FetchAllYearsOptions): Promise<AllYearsResult> {
  const { years, previous, onProgress, signal, baseUrl = "" } = options;
  const url = (file: string) => `${baseUrl}/data/${file}`;
  const byYear = new Map(previous?.byYear ?? []);
  const wanted = years.filter((year) => !byYear.has(year));
  // The shared files and the bundle are fetched together, not one after the other.
  const sharedFiles: Promise<SharedFiles> = previous?.shared
    ? Promise.resolve(previous.shared)
    : Promise.all([
        getChecked<Entity[]>(url(dataLayout.entities), entitiesFile, signal),
        getChecked<PresidencyMonth[]>(url(dataLayout.presidencies), presidenciesFile, signal),
        getChecked<SubjectAreaInfo[]>(url(dataLayout.subjectAreas), subjectAreasFile, signal),
      ]).then(([entities, presidencies, subjectAreas]) => ({ entities, presidencies, subjectAreas }));
  const bundled = wanted.length > 1 ? yearsFromBundle(url(YEARS_BUNDLE_FILE), wanted, signal) : Promise.resolve(new Map<number, YearFiles>());
  // Without the shared files no year can be shown: that failure is the caller's, at once.
  const [shared, fromBundle] = await Promise.all([sharedFiles, bundled]);

  const failures: YearFailure[] = [];
  let settled = 0;
  onProgress?.(settled, wanted.length);
  if (wanted.length > 1) {
    for (const [year, files] of fromBundle) byYear.set(year, files);
    settled = wanted.filter((year) => byYear.has(year)).length;
    if (settled > 0) onProgress?.(settled, wanted.length);
  }
  const missing = wanted.filter((year) => !byYear.has(year));
  await Promise.all(
    missing.map(async (year) => {
      try {
        const [meetings, participations] = await Promise.all([
          getChecked<Meeting[]>(url(dataLayout.meetings(year)), meetingsOfYear(year), signal),
          getChecked<Participation[]>(url(dataLayout.participations(year)), participationsFile, signal),
        ]);
        byYear.set(year, { meetings, participations });
      } catch (error) {
        if (signal?.aborted) return;
        failures.push({ year, message: (error as Error).message });
      } finally {
        if (!signal?.aborted) onProgress?.(++settled, wanted.length);
      }
    }),
  );
  signal?.throwIfAborted();

  const loaded = years.filter((year) => byYear.has(year));
  const dataset = assembleDataset({
    years: loaded,
    meetings: loaded.map((year) => byYear.get(year)!.meetings),
    participations: loaded.map((year) => byYear.get(year)!.participations),
    ...shared,
  });
  return { dataset, parts: { shared, byYear }, failures: failures.sort((a, b) => a.year - b.year) };
}

/** The parts a page already holds: its default year's files, so the all-years load does not fetch them again. */
export function partsFromDataset(dataset: Dataset): LoadedParts {
  const byYear = new Map<number, YearFiles>();
  if (dataset.years.length === 1) byYear.set(dataset.years[0]!, { meetings: dataset.meetings, participations: dataset.participations });
  return { shared: null, byYear };
}
