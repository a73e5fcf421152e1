// Every year's files of data/ in one, for the all-years view: one request (precompressed
// by the build, about half a megabyte with brotli) instead of two per year. The records
// are data/'s own, unchanged; the per-year files stay the source of truth and the
// fallback when the bundle cannot be had.

export const YEARS_BUNDLE_FILE = "all-years.json";
const FORMAT = "council-explorer/years-bundle";
const VERSION = 1;

export interface YearFilesOf<M = unknown, P = unknown> {
  year: number;
  meetings: M;
  participations: P;
}

export interface YearsBundle<M = unknown, P = unknown> {
  format: typeof FORMAT;
  version: typeof VERSION;
  years: Array<YearFilesOf<M, P>>;
}

/** The bundle of the given years' files, in the order given. */
export function bundleYears<M, P>(years: ReadonlyArray<YearFilesOf<M, P>>): YearsBundle<M, P> {
  return { format: FORMAT, version: VERSION, years: years.map(({ year, meetings, participations }) => ({ year, meetings, participations })) };
}

/**
 * The files a fetched bundle holds, by year, still unchecked (each is checked like the
 * file it stands for). Null when the value is not a bundle of this version: the caller
 * then fetches the years one by one.
 */
export function yearsInBundle(value: unknown): Map<number, { meetings: unknown; participations: unknown }> | null {
  if (typeof value !== "object" || value === null) return null;
  const bundle = value as Partial<YearsBundle>;
  if (bundle.format !== FORMAT || bundle.version !== VERSION || !Array.isArray(bundle.years)) return null;
  const byYear = new Map<number, { meetings: unknown; participations: unknown }>();
  for (const entry of bundle.years as unknown[]) {
    if (typeof entry !== "object" || entry === null) continue;
    const { year, meetings, participations } = entry as Partial<YearFilesOf>;
    if (typeof year === "number" && Number.isInteger(year) && !byYear.has(year)) byYear.set(year, { meetings, participations });
  }
  return byYear;
}
