"use client";

import { useMemo } from "react";
import { DetailsPanel } from "@/components/details/DetailsPanel";
import { GraphView } from "@/components/graph/GraphView";
import { MeetingList } from "@/components/list/MeetingList";
import { SearchBox } from "@/components/search/SearchBox";
import { TimelineView } from "@/components/timeline/TimelineView";
import { indexDataset, type Dataset } from "@/lib/model/dataset";
import { selectViewMode } from "@/lib/store/selectors";
import { ExplorerStoreProvider, useExplorer } from "./ExplorerStoreProvider";
import { FilterBar } from "./FilterBar";
import { LiveAnnouncer } from "./LiveAnnouncer";
import { NoticeBanner } from "./NoticeBanner";
import { UrlSync } from "./UrlSync";
import { useEscapeClears } from "./useEscapeClears";
import styles from "./Explorer.module.css";

/** The explorer for one dataset: the store lives here, every view below reads it. */
export function Explorer({ dataset, title }: { dataset: Dataset; title: string }) {
  const index = useMemo(() => indexDataset(dataset), [dataset]);
  return (
    <ExplorerStoreProvider index={index}>
      <UrlSync />
      <ExplorerLayout title={title} />
    </ExplorerStoreProvider>
  );
}

function ExplorerLayout({ title }: { title: string }) {
  useEscapeClears();
  const viewMode = useExplorer(selectViewMode);
  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <h1 className={styles.title}>{title}</h1>
        <SearchBox />
        <FilterBar />
      </header>
      <NoticeBanner />
      <main className={styles.main}>
        <section className={styles.timeline} aria-label="Timeline of meetings">
          <TimelineView />
        </section>
        <section className={styles.graph} aria-label={viewMode === "graph" ? "Graph of participants" : "List of meetings"}>
          {viewMode === "graph" ? <GraphView /> : <MeetingList />}
        </section>
        <DetailsPanel />
      </main>
      <LiveAnnouncer />
    </div>
  );
}
