// The layout of data/: one file per year for meetings and for participations, so the
// 2003 view loads two small files and the all-years view fetches the rest on demand.
// The ingest writes these paths and the browser reads them; both name them from here.

export const dataLayout = {
  index: "index.json",
  entities: "entities.json",
  presidencies: "presidencies.json",
  subjectAreas: "subject-areas.json",
  vetoes: "vetoes.json",
  report: "ingest-report.json",
  meetings: (year: number) => `meetings/${year}.json`,
  participations: (year: number) => `participations/${year}.json`,
} as const;

/** data/index.json: which years the data holds and how much of each. */
export interface DataIndex {
  years: Array<{ year: number; meetings: number; participations: number }>;
  counts: { meetings: number; entities: number; participations: number; stated: number; inferred: number; vetoes: number; problems: number };
}
