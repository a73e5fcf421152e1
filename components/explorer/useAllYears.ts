"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { fetchAllYears, partsFromDataset, type LoadedParts, type YearFailure } from "@/lib/data/fetchAllYears";
import { ALL_YEARS_LAYOUT_FILE } from "@/lib/data/allYearsPreload";
import { fetchGraphLayout } from "@/lib/data/fetchGraphLayout";
import type { PrelaidLayout } from "@/lib/graph/prelaidLayout";
import type { Dataset } from "@/lib/model/dataset";
import { wantsAllYears } from "@/lib/store/urlState";
import type { DatasetScope } from "./DatasetScope";

// The loader is part of the page's own script, not a chunk of its own: fetched on request,
// that chunk put a round trip and a task after hydration on a link to every year's path
// (interleaved, 10 runs twice: 1,638 → 1,565 and 1,555 → 1,482 ms), for 0.6 KB gzip less.

interface AllYearsOptions {
  initialDataset: Dataset;
  /** The default year's graph layout, made at build time. */
  initialLayout: PrelaidLayout | null;
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
export function useAllYears({ initialDataset, initialLayout, defaultYear, availableYears, onLeave }: AllYearsOptions): {
  dataset: Dataset;
  /** The shown dataset's graph layout made at build time (the graph checks it fits: with a year missing it does not). */
  graphLayout: PrelaidLayout | null;
  /** Whether the page's link asked for every year (the page is ready only once they are in). */
  linkAskedAllYears: boolean;
  scope: DatasetScope;
} {
  const [mode, setMode] = useState<"year" | "all">("year");
  const [allDataset, setAllDataset] = useState<Dataset | null>(null);
  const [allLayout, setAllLayout] = useState<PrelaidLayout | null>(null);
  const [linkAskedAllYears, setLinkAskedAllYears] = useState(false);
  const [loading, setLoading] = useState<DatasetScope["loading"]>(null);
  const [error, setError] = useState<string | null>(null);
  const [failures, setFailures] = useState<YearFailure[]>([]);
  /** What is loaded so far, by year; null until every year is first asked for. */
  const parts = useRef<LoadedParts | null>(null);
  const inFlight = useRef<AbortController | null>(null);

  const requestAllYears = useCallback(() => {
    // One load at a time: a second request (a year chosen while loading) joins the first.
    if (inFlight.current) return;
    const abort = new AbortController();
    inFlight.current = abort;
    setError(null);
    setLoading({ loaded: 0, total: availableYears.length });
    Promise.all([
      // In a then, so that anything thrown ends in the catch below like a failed fetch.
      Promise.resolve().then(() =>
        fetchAllYears({ years: availableYears, previous: (parts.current ??= partsFromDataset(initialDataset)), signal: abort.signal, onProgress: (loaded, total) => setLoading({ loaded, total }) }),
      ),
      fetchGraphLayout(`/data/${ALL_YEARS_LAYOUT_FILE}`, abort.signal),
    ])
      .then(([result, layout]) => {
        if (abort.signal.aborted) return;
        parts.current = result.parts;
        setFailures(result.failures);
        setAllDataset(result.dataset);
        setAllLayout(layout);
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
  }, [availableYears, defaultYear, initialDataset]);

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
    if (wantsAllYears(window.location.search, defaultYear, availableYears)) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- the link is known only after hydration
      setLinkAskedAllYears(true);
      requestAllYears();
    }
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
  return { dataset: allYears ? allDataset : initialDataset, graphLayout: allYears ? allLayout : initialLayout, linkAskedAllYears, scope };
}
