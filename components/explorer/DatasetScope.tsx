"use client";

import { createContext, useContext } from "react";

export interface DatasetScope {
  allYears: boolean;
  /** Every year data/ holds, for the year picker. */
  availableYears: number[];
  loading: { loaded: number; total: number } | null;
  error: string | null;
  requestAllYears(): void;
}

export const DatasetScopeContext = createContext<DatasetScope | null>(null);

export function useDatasetScope(): DatasetScope {
  const scope = useContext(DatasetScopeContext);
  if (!scope) throw new Error("useDatasetScope: no DatasetScopeContext above this component");
  return scope;
}
