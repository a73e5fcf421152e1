"use client";

import { useMemo } from "react";
import { useDatasetScope } from "./DatasetScope";

/**
 * What a story step or a shared link falls back to when it names no year: the year this
 * explorer opened on (in the all-years view; none in one year's), and the years a link may name.
 */
export function useClassroomScope(defaultYear: number) {
  const { allYears, availableYears } = useDatasetScope();
  return useMemo(() => {
    const focusYear = allYears ? defaultYear : null;
    return { defaults: { focusYear, knownYears: availableYears }, scope: { allYears, focusYear } };
  }, [allYears, availableYears, defaultYear]);
}
