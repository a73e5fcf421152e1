/**
 * Something a parser met in a source that it could not read cleanly, or read with a
 * caveat. It names the file and line and quotes the text around it, so a person can
 * find it; the ingest collects these into data/ingest-report.json.
 */
export interface Problem {
  /** The file as the caller named it, relative to the sources folder for the ingest. */
  file: string;
  /** 1-based line of the source. */
  line: number;
  /** A stable code ("date-range", "unresolved-name") that tests and reports group by. */
  code: string;
  message: string;
  /** The source text around the problem, trimmed to a short excerpt. */
  excerpt: string;
}
