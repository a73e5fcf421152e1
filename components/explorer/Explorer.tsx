"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import { DetailsPanel } from "@/components/details/DetailsPanel";
import { GraphView } from "@/components/graph/GraphView";
import { MeetingList } from "@/components/list/MeetingList";
import { SearchBox } from "@/components/search/SearchBox";
import { TimelineView } from "@/components/timeline/TimelineView";
import { fetchAllYears } from "@/lib/data/fetchAllYears";
import { ExplorerStoreProvider, useExplorer } from "@/lib/store/ExplorerStoreProvider";
import { indexDataset, type Dataset } from "@/lib/model/dataset";
import { selectViewMode } from "@/lib/store/selectors";
import { wantsAllYears } from "@/lib/store/urlState";
import { formatYearSpan } from "@/lib/text/calendar";
import { DatasetScopeContext, type DatasetScope } from "./DatasetScope";
import { FilterBar } from "./FilterBar";
import { LiveAnnouncer } from "./LiveAnnouncer";
import { NoticeBanner } from "./NoticeBanner";
import { UrlSync } from "./UrlSync";
import { useEscapeClears } from "./useEscapeClears";
import { YearPicker } from "./YearPicker";
import styles from "./Explorer.module.css";

interface ExplorerProps {
  /** The data the page ships with: the default year's. */
  dataset: Dataset;
  /** The year the page opens on (data/index.json). */
  defaultYear: number;
  /** Every year data/ holds. */
  availableYears: number[];
}

/** The explorer: one store per loaded dataset; switching to all years makes a new one, and the URL carries the view across. */
export function Explorer({ dataset: initialDataset, defaultYear, availableYears }: ExplorerProps) {
  const [dataset, setDataset] = useState(initialDataset);
  const [loading, setLoading] = useState<DatasetScope["loading"]>(null);
  const [error, setError] = useState<string | null>(null);
  // Each request (the button, the year picker, a link, "Try again") bumps this; the effect loads.
  const [requests, setRequests] = useState(0);
  const index = useMemo(() => indexDataset(dataset), [dataset]);
  const allYears = dataset.years.length > 1;

  const requestAllYears = useCallback(() => {
    setError(null);
    setLoading({ loaded: 0, total: availableYears.length });
    setRequests((count) => count + 1);
  }, [availableYears.length]);

  useEffect(() => {
    // The URL is known only in the browser, after the static HTML has hydrated; a link
    // to another year starts the load once, here.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (wantsAllYears(window.location.search, defaultYear)) requestAllYears();
  }, [defaultYear, requestAllYears]);

  useEffect(() => {
    if (requests === 0 || allYears) return;
    const abort = new AbortController();
    fetchAllYears("", (loaded, total) => setLoading({ loaded, total }), abort.signal)
      .then((all) => setDataset(all))
      .catch((failure: unknown) => {
        if (!abort.signal.aborted) setError(`Could not load the other years: ${(failure as Error).message}. The ${defaultYear} view is unchanged.`);
      })
      .finally(() => {
        if (!abort.signal.aborted) setLoading(null);
      });
    return () => abort.abort();
  }, [requests, allYears, defaultYear]);

  const scope = useMemo<DatasetScope>(
    () => ({ allYears, availableYears, loading, error, requestAllYears }),
    [allYears, availableYears, loading, error, requestAllYears],
  );

  return (
    <DatasetScopeContext.Provider value={scope}>
      <ExplorerStoreProvider key={dataset.years.length} index={index} initial={scope.allYears ? { focusYear: defaultYear } : undefined}>
        <UrlSync />
        <ExplorerLayout title={scope.allYears ? `The Security Council, ${formatYearSpan(availableYears)}` : `The Security Council in ${defaultYear}`} defaultYear={defaultYear} />
      </ExplorerStoreProvider>
    </DatasetScopeContext.Provider>
  );
}

function ExplorerLayout({ title, defaultYear }: { title: string; defaultYear: number }) {
  useEscapeClears();
  const viewMode = useExplorer(selectViewMode);
  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <h1 className={styles.title}>{title}</h1>
        <YearPicker defaultYear={defaultYear} />
        <SearchBox />
        <FilterBar />
      </header>
      <NoticeBanner />
      <main className={styles.main}>
        <div className={styles.timeline}>
          <TimelineView />
        </div>
        <section className={styles.graph} aria-label={viewMode === "graph" ? "Graph of participants" : "List of meetings"}>
          {viewMode === "graph" ? <GraphView /> : <MeetingList />}
        </section>
        <DetailsPanel />
      </main>
      <LiveAnnouncer />
    </div>
  );
}
