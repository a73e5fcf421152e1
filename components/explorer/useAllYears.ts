"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { fetchAllYears, partsFromDataset, type LoadedParts, type YearFailure } from "@/lib/data/fetchAllYears";
import type { Dataset } from "@/lib/model/dataset";
import { wantsAllYears } from "@/lib/store/urlState";
import type { DatasetScope } from "./DatasetScope";

interface AllYearsOptions {
  initialDataset: Dataset;
  defaultYear: number;
  availableYears: number[];
  /** Rewrites the link for the default year's view (UrlSync owns the URL). */
  onLeave(): void;
}

/**
 * The dataset the explorer shows: the default year's, shipped with the page, or every
 * year's, fetched on request. A year that fails is left out and named, and asking again
 * fetches only what is missing; no outcome leaves a control disabled.
 */
export function useAllYears({ initialDataset, defaultYear, availableYears, onLeave }: AllYearsOptions): { dataset: Dataset; scope: DatasetScope } {
  const [mode, setMode] = useState<"year" | "all">("year");
  const [allDataset, setAllDataset] = useState<Dataset | null>(null);
  const [loading, setLoading] = useState<DatasetScope["loading"]>(null);
  const [error, setError] = useState<string | null>(null);
  const [failures, setFailures] = useState<YearFailure[]>([]);
  const parts = useRef<LoadedParts>(partsFromDataset(initialDataset));
  const inFlight = useRef<AbortController | null>(null);

  const requestAllYears = useCallback(() => {
    // One load at a time: a second request (a year chosen while loading) joins the first.
    if (inFlight.current) return;
    const abort = new AbortController();
    inFlight.current = abort;
    setError(null);
    setLoading({ loaded: 0, total: availableYears.length });
    fetchAllYears({ years: availableYears, previous: parts.current, signal: abort.signal, onProgress: (loaded, total) => setLoading({ loaded, total }) })
      .then((result) => {
        if (abort.signal.aborted) return;
        parts.current = result.parts;
        setFailures(result.failures);
        setAllDataset(result.dataset);
        setMode("all");
      })
      .catch((failure: unknown) => {
        if (!abort.signal.aborted) setError(`Could not load the other years: ${(failure as Error).message}. The ${defaultYear} view is unchanged.`);
      })
      .finally(() => {
        if (inFlight.current === abort) {
          inFlight.current = null;
          setLoading(null);
        }
      });
  }, [availableYears, defaultYear]);

  const leaveAllYears = useCallback(() => {
    inFlight.current?.abort();
    inFlight.current = null;
    setLoading(null);
    setError(null);
    onLeave();
    setMode("year");
  }, [onLeave]);

  useEffect(() => {
    // The URL is known only in the browser, after the static HTML has hydrated; a link
    // to another year starts the load once, here.
    if (wantsAllYears(window.location.search, defaultYear, availableYears)) requestAllYears();
    return () => {
      inFlight.current?.abort();
      inFlight.current = null;
    };
  }, [defaultYear, availableYears, requestAllYears]);

  const allYears = mode === "all" && allDataset !== null;
  const scope = useMemo<DatasetScope>(
    () => ({ allYears, defaultYear, availableYears, loading, error, failures: allYears ? failures : [], requestAllYears, leaveAllYears }),
    [allYears, defaultYear, availableYears, loading, error, failures, requestAllYears, leaveAllYears],
  );
  return { dataset: allYears ? allDataset : initialDataset, scope };
}
