"use client";

import { useDatasetScope } from "./DatasetScope";
import styles from "./Explorer.module.css";

/** Failures named per year, up to this many; the rest are counted. */
const FAILURES_NAMED = 4;

/**
 * What the all-years load could not do, under the header: the whole load (a shared file
 * failed; the default year's view is unchanged) or single years left out, each named with
 * its file, and a button that fetches only what is missing.
 */
export function YearLoadProblems() {
  const { error, failures, loading, requestAllYears } = useDatasetScope();
  if (loading) return null;
  if (error) {
    return (
      <div className={styles.loadProblem} role="alert">
        <span>{error}</span>
        <button type="button" onClick={requestAllYears}>
          Try again
        </button>
      </div>
    );
  }
  if (failures.length === 0) return null;
  const years = failures.map((failure) => failure.year);
  const named = failures.slice(0, FAILURES_NAMED);
  const summary =
    failures.length === 1
      ? `${years[0]} could not be loaded and is left out of the view`
      : `${failures.length} years could not be loaded and are left out of the view`;
  return (
    <div className={styles.loadProblem} role="alert">
      <span>
        {summary}:{" "}
        {named.map((failure, i) => (
          <span key={failure.year}>
            {i > 0 ? "; " : ""}
            <span className={styles.loadProblemFile}>{failure.message}</span>
          </span>
        ))}
        {failures.length > named.length ? `; and ${failures.length - named.length} more` : ""}.
      </span>
      <button type="button" onClick={requestAllYears}>
        {failures.length === 1 ? `Retry ${years[0]}` : `Retry ${failures.length} years`}
      </button>
    </div>
  );
}
