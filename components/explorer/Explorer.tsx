"use client";

import { lazy, memo, Suspense, useCallback, useMemo, useState, type CSSProperties } from "react";
import { usePresentationTextPx } from "@/components/hooks/usePresentationTextPx";
import { ViewFigureContext, ViewFigureRegistry } from "@/components/hooks/viewFigures";
import { DetailsPanel } from "@/components/details/DetailsPanel";
import { GraphView } from "@/components/graph/GraphView";
import { ImportButton } from "@/components/import/ImportButton";
import { ImportLayersProvider, useImportLayers } from "@/components/import/ImportLayers";
import { SearchBox } from "@/components/search/SearchBox";
import { TimelineView } from "@/components/timeline/TimelineView";
import { datasetOfShipped, type ShippedYear } from "@/lib/data/shippedYear";
import type { PrelaidLayout } from "@/lib/graph/prelaidLayout";
import { ExplorerStoreProvider, useExplorer } from "@/lib/store/ExplorerStoreProvider";
import { indexDataset, type Dataset } from "@/lib/model/dataset";
import { selectPresenting, selectViewMode } from "@/lib/store/selectors";
import { formatYearSpan } from "@/lib/text/calendar";
import { ClassroomControls } from "./ClassroomControls";
import { ClassroomPanels, ClassroomStoryFollower } from "./ClassroomPanels";
import { CoverageNote } from "./CoverageNote";
import { DatasetScopeContext, useDatasetScope } from "./DatasetScope";
import { FilterBar } from "./FilterBar";
import { LiveAnnouncer } from "./LiveAnnouncer";
import { NoticeBanner } from "./NoticeBanner";
import { replaceUrlForDefaultYear, UrlSync } from "./UrlSync";
import { useAllYears } from "./useAllYears";
import { useEscapeClears } from "./useEscapeClears";
import { useInteractiveMark } from "./useInteractiveMark";
import { ViewErrorBoundary } from "./ViewErrorBoundary";
import { YearLoadProblems } from "./YearLoadProblems";
import { YearPicker } from "./YearPicker";
import styles from "./Explorer.module.css";

// The list is the graph's alternative, loaded when first asked for (or opened by a link).
const MeetingList = lazy(() => import("@/components/list/MeetingList").then((module) => ({ default: module.MeetingList })));

interface ExplorerProps {
  /** The data the page ships with: the default year's. */
  shipped: ShippedYear;
  /** The graph's layout for that data, computed at build time. */
  graphLayout?: PrelaidLayout | null;
  /** The year the page opens on (data/index.json). */
  defaultYear: number;
  /** Every year data/ holds. */
  availableYears: number[];
}

/** The explorer: one store per loaded dataset; switching to all years and back makes a new one, and the URL carries the view across. */
export function Explorer({ shipped, graphLayout: initialLayout = null, defaultYear, availableYears }: ExplorerProps) {
  const initialDataset = useMemo(() => datasetOfShipped(shipped), [shipped]);
  const initialIndex = useMemo(() => indexDataset(initialDataset), [initialDataset]);
  const onLeave = useCallback(() => replaceUrlForDefaultYear(initialIndex, defaultYear, availableYears), [initialIndex, defaultYear, availableYears]);
  const { dataset, graphLayout, linkAskedAllYears, scope } = useAllYears({ initialDataset, initialLayout, defaultYear, availableYears, onLeave });

  return (
    <DatasetScopeContext.Provider value={scope}>
      <ImportLayersProvider base={dataset}>
        <ExplorerWithImports
          base={dataset}
          baseIndex={dataset === initialDataset ? initialIndex : null}
          graphLayout={graphLayout}
          allYears={scope.allYears}
          title={scope.allYears ? `The Security Council, ${formatYearSpan(availableYears)}` : `The Security Council in ${defaultYear}`}
          defaultYear={defaultYear}
          isTheDataAsked={scope.allYears || !linkAskedAllYears}
        />
      </ImportLayersProvider>
    </DatasetScopeContext.Provider>
  );
}

interface ExplorerWithImportsProps {
  base: Dataset;
  /** The base's index when it is the page's own data, indexed once already. */
  baseIndex: ReturnType<typeof indexDataset> | null;
  graphLayout: PrelaidLayout | null;
  allYears: boolean;
  title: string;
  defaultYear: number;
  isTheDataAsked: boolean;
}

/** The loaded data with the user's imports merged in; the store lives on while imports come and go. */
function ExplorerWithImports({ base, baseIndex, graphLayout, allYears, title, defaultYear, isTheDataAsked }: ExplorerWithImportsProps) {
  const { merged, restored } = useImportLayers();
  const index = useMemo(() => (merged === base && baseIndex ? baseIndex : indexDataset(merged)), [merged, base, baseIndex]);
  // A link that names imported records (imp=) is read once the saved imports are back;
  // any other link at once, before the views subscribe, as without imports.
  const [linkNeedsImports] = useState(() => typeof window !== "undefined" && new URLSearchParams(window.location.search).has("imp"));
  return (
    <ExplorerStoreProvider key={allYears ? "all" : "year"} index={index} graphLayout={graphLayout} initial={allYears ? { focusYear: defaultYear } : undefined}>
      {restored || !linkNeedsImports ? <UrlSync /> : null}
      <ViewErrorBoundary name="The explorer">
        <ExplorerLayout title={title} defaultYear={defaultYear} isTheDataAsked={isTheDataAsked} />
      </ViewErrorBoundary>
    </ExplorerStoreProvider>
  );
}

// Memoized: the provider above re-renders when the saved imports have been read (nearly
// always none), and everything below it would render again for nothing, at about the
// moment a user first clicks. It reads all it needs from the store and contexts.
const ExplorerLayout = memo(function ExplorerLayout({ title, defaultYear, isTheDataAsked }: { title: string; defaultYear: number; isTheDataAsked: boolean }) {
  useEscapeClears();
  const { onTimelinePainted, onGraphSettled } = useInteractiveMark(isTheDataAsked);
  const viewMode = useExplorer(selectViewMode);
  const scope = useDatasetScope();
  const unloadedYears = useMemo(() => (scope.allYears ? [] : scope.availableYears.filter((year) => year !== defaultYear)), [scope.allYears, scope.availableYears, defaultYear]);
  const presenting = useExplorer(selectPresenting);
  const presentationTextPx = usePresentationTextPx(presenting);
  // Each view offers its picture here for Export (components/hooks/viewFigures).
  const [figures] = useState(() => new ViewFigureRegistry());
  return (
    <ViewFigureContext.Provider value={figures}>
    <div className={styles.page} data-presenting={presenting ? "true" : undefined} style={presenting ? ({ "--presentation-text": `${presentationTextPx}px` } as CSSProperties) : undefined}>
      <ClassroomStoryFollower defaultYear={defaultYear} />
      {/* One row of controls from 1400 px up; below, a designed second row for the search
          field, and from 1023 px down a row of its own for the tools (filters, present,
          stories, export, import), so the title keeps its room. .tools wraps only on a
          narrow phone: each is a compact button (Explorer.module.css). */}
      <header className={styles.header}>
        <div className={styles.titleBlock}>
          <h1 className={styles.title}>{title}</h1>
          <CoverageNote />
        </div>
        <div className={styles.yearSlot}>
          <YearPicker defaultYear={defaultYear} />
        </div>
        <div className={styles.searchSlot}>
          <SearchBox unloadedYears={unloadedYears} onLoadAllYears={scope.requestAllYears} />
        </div>
        <div className={styles.tools}>
          <FilterBar />
          <ClassroomControls defaultYear={defaultYear} />
          <ImportButton />
        </div>
      </header>
      <YearLoadProblems />
      <NoticeBanner />
      <ClassroomPanels defaultYear={defaultYear} placement="top" />
      <main className={styles.main}>
        <div className={styles.timeline}>
          <ViewErrorBoundary name="The timeline">
            <TimelineView onFirstPaint={onTimelinePainted} pageYear={scope.allYears ? null : defaultYear} />
          </ViewErrorBoundary>
        </div>
        <section className={styles.graph} aria-label={viewMode === "graph" ? "Graph of participants" : "List of meetings"}>
          <ViewErrorBoundary key={viewMode} name={viewMode === "graph" ? "The graph" : "The list of meetings"}>
            {viewMode === "graph" ? (
              <GraphView onSettled={onGraphSettled} />
            ) : (
              <Suspense fallback={<p role="status">Loading the list of meetings…</p>}>
                <MeetingList />
              </Suspense>
            )}
          </ViewErrorBoundary>
        </section>
        <ViewErrorBoundary name="The details panel">
          <DetailsPanel />
        </ViewErrorBoundary>
      </main>
      <ClassroomPanels defaultYear={defaultYear} placement="bottom" />
      <LiveAnnouncer />
    </div>
    </ViewFigureContext.Provider>
  );
});
