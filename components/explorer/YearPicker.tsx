"use client";

import { useId } from "react";
import { useExplorer } from "@/lib/store/ExplorerStoreProvider";
import { selectFocusYear } from "@/lib/store/selectors";
import { formatYearSpan } from "@/lib/text/calendar";
import { useDatasetScope } from "./DatasetScope";
import styles from "./Explorer.module.css";

/**
 * Jump to any year data/ holds. The page opens on the default year with only its data;
 * asking for another year (or all years) loads the rest first, with progress, and the
 * default year's view stays usable meanwhile. From every year, one button goes back to
 * the default year alone.
 */
export function YearPicker({ defaultYear }: { defaultYear: number }) {
  const scope = useDatasetScope();
  const selectId = useId();
  const focusYear = useExplorer(selectFocusYear);
  const setFocusYear = useExplorer((state) => state.setFocusYear);

  const failed = new Set(scope.failures.map((failure) => failure.year));

  const choose = (value: string) => {
    const year = Number(value);
    setFocusYear(year === defaultYear && !scope.allYears ? null : year);
    if (year !== defaultYear && !scope.allYears) scope.requestAllYears();
  };

  return (
    <div className={styles.yearPicker}>
      <label htmlFor={selectId} className={styles.yearLabel}>
        Year
      </label>
      <select id={selectId} value={String(focusYear ?? defaultYear)} onChange={(event) => choose(event.target.value)}>
        {scope.availableYears.map((year) => (
          <option key={year} value={year}>
            {failed.has(year) ? `${year} (not loaded)` : year}
          </option>
        ))}
      </select>
      {scope.allYears ? (
        <button type="button" onClick={scope.leaveAllYears}>
          {`Back to ${defaultYear}`}
        </button>
      ) : (
        // The name is given whole: where the years are hidden on screen (a phone, 1024 px), the
        // browser read the hidden part as a block and named the button "All years , 1946–2022".
        <button type="button" onClick={scope.requestAllYears} disabled={scope.loading !== null} aria-label={`All years, ${formatYearSpan(scope.availableYears)}`}>
          All years<span className={styles.yearSpan}>, {formatYearSpan(scope.availableYears)}</span>
        </button>
      )}
      {scope.loading && (
        <span role="status" className={styles.loading}>
          <progress max={scope.loading.total} value={scope.loading.loaded} aria-label="Loading every year's meetings" />
          <span className={styles.loadingText}>
            Loading {scope.loading.loaded} of {scope.loading.total} years…
          </span>
        </span>
      )}
    </div>
  );
}
