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
  /** The reference facts the ingest resolved names with, for the browser's import to use the same. */
  reference: "reference.json",
  /** Each year's Council members, for the browser's import to expand "all members of the Council" in any year. */
  councilMembers: "council-members.json",
  meetings: (year: number) => `meetings/${year}.json`,
  participations: (year: number) => `participations/${year}.json`,
} as const;

/** data/index.json: which years the data holds and how much of each. */
export interface DataIndex {
  /**
   * The year the explorer opens on: the year of the reference facts (data/reference-2003.json),
   * the one year whose participants the sources give.
   */
  defaultYear: number;
  years: Array<{ year: number; meetings: number; participations: number }>;
  counts: { meetings: number; entities: number; participations: number; stated: number; inferred: number; vetoes: number; problems: number };
}
