"use client";

import { createContext, useContext } from "react";
import type { YearFailure } from "@/lib/data/fetchAllYears";

export interface DatasetScope {
  allYears: boolean;
  /** The year the page opens on and returns to. */
  defaultYear: number;
  /** Every year data/ holds, for the year picker. */
  availableYears: number[];
  loading: { loaded: number; total: number } | null;
  /** Why loading every year failed as a whole (a shared file); the default year's view is unchanged. */
  error: string | null;
  /** Years left out of the all-years view, each with the file and the fault. */
  failures: YearFailure[];
  /** Load every year; after a failure, fetches only what is still missing. */
  requestAllYears(): void;
  /** Back to the default year alone (the other years stay fetched, so returning is quick). */
  leaveAllYears(): void;
}

export const DatasetScopeContext = createContext<DatasetScope | null>(null);

export function useDatasetScope(): DatasetScope {
  const scope = useContext(DatasetScopeContext);
  if (!scope) throw new Error("useDatasetScope: no DatasetScopeContext above this component");
  return scope;
}
