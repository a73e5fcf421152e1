"use client";

import { useMemo } from "react";
import { ExplorerStoreProvider, useExplorer, useExplorerStoreApi } from "@/components/explorer/ExplorerStoreProvider";
import { indexDataset, type Dataset } from "@/lib/model/dataset";
import { selectFilters, selectSelection, selectTimeWindow } from "@/lib/store/selectors";
import { GraphView } from "./GraphView";

const windows = [
  { label: "Whole year", value: null },
  { label: "January", value: { start: "2003-01-01", end: "2003-01-31" } },
  { label: "April", value: { start: "2003-04-01", end: "2003-04-30" } },
  { label: "October", value: { start: "2003-10-01", end: "2003-10-31" } },
] as const;

function DevControls() {
  const store = useExplorerStoreApi();
  const selection = useExplorer(selectSelection);
  const timeWindow = useExplorer(selectTimeWindow);
  const filters = useExplorer(selectFilters);
  return (
    <header style={{ display: "flex", flexWrap: "wrap", gap: 8, alignItems: "center", padding: "6px 12px", borderBottom: "1px solid #d9dbe0" }}>
      <h1 style={{ fontSize: 16, margin: 0 }}>Graph dev page</h1>
      {windows.map((option) => (
        <button key={option.label} type="button" aria-pressed={timeWindow?.start === option.value?.start} onClick={() => store.getState().setTimeWindow(option.value)}>
          {option.label}
        </button>
      ))}
      <button type="button" onClick={() => store.getState().selectMeeting("4739")}>
        Select meeting 4739
      </button>
      <button type="button" onClick={() => store.getState().toggleEntityKind("person")}>
        {filters.hiddenEntityKinds.includes("person") ? "Show people" : "Hide people"}
      </button>
      <button type="button" onClick={() => store.getState().clearSelection()}>
        Clear selection
      </button>
      <output aria-label="Selection">
        {[...selection.meetings, ...selection.entities].join(", ") || "nothing selected"}
      </output>
    </header>
  );
}

/** The graph in the explorer store over a fixed dataset, with a few controls standing in for the timeline. */
export function GraphDevHarness({ dataset }: { dataset: Dataset }) {
  const index = useMemo(() => indexDataset(dataset), [dataset]);
  return (
    <ExplorerStoreProvider index={index}>
      <div style={{ display: "flex", flexDirection: "column", height: "100vh" }}>
        <DevControls />
        <main style={{ flex: 1, minHeight: 0 }}>
          <GraphView />
        </main>
      </div>
    </ExplorerStoreProvider>
  );
}
