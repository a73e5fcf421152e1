"use client";

import { useMemo, useState } from "react";
import { DetailsPanel } from "@/components/details/DetailsPanel";
import { ExplorerStoreProvider, useExplorerStoreApi } from "@/components/explorer/ExplorerStoreProvider";
import { LiveAnnouncer } from "@/components/explorer/LiveAnnouncer";
import { MeetingList } from "@/components/list/MeetingList";
import { SearchBox } from "@/components/search/SearchBox";
import { indexDataset, type Dataset } from "@/lib/model/dataset";
import { sampleDataset } from "@/lib/model/fixtures/sampleDataset";

// A workbench for the details, search and list panels over the sample dataset, so they
// can be tried and screenshotted without the timeline and graph. Not linked from the app.

/** 900 invented meetings over 2003, to try the list's paging at the size of all years. */
function withSyntheticMeetings(dataset: Dataset): Dataset {
  const template = dataset.meetings[0]!;
  const extra = Array.from({ length: 900 }, (_, i) => {
    const day = new Date(Date.UTC(2003, 0, 1 + Math.floor(i / 2.5))).toISOString().slice(0, 10);
    return { ...template, id: String(6000 + i), number: 6000 + i, date: day, topic: `Synthetic meeting ${i + 1}`, topics: [`Synthetic meeting ${i + 1}`], outcomes: [] };
  });
  return { ...dataset, meetings: [...dataset.meetings, ...extra].sort((a, b) => a.date.localeCompare(b.date)) };
}

function Controls({ many, onMany }: { many: boolean; onMany: (many: boolean) => void }) {
  const store = useExplorerStoreApi();
  return (
    <div style={{ display: "flex", gap: 12, alignItems: "center", fontSize: 15 }}>
      <label>
        <input type="checkbox" onChange={(event) => store.getState().setStatedOnly(event.target.checked)} /> Stated links only
      </label>
      <button type="button" onClick={() => store.getState().setTimeWindow({ start: "2003-04-01", end: "2003-04-30" })}>
        Window: April
      </button>
      <button type="button" onClick={() => store.getState().setTimeWindow(null)}>
        No window
      </button>
      <label>
        <input type="checkbox" checked={many} onChange={(event) => onMany(event.target.checked)} /> 900 more meetings
      </label>
      <button type="button" onClick={() => store.getState().clearSelection()}>
        Clear selection
      </button>
    </div>
  );
}

export default function PanelsDevPage() {
  const [many, setMany] = useState(false);
  const index = useMemo(() => indexDataset(many ? withSyntheticMeetings(sampleDataset) : sampleDataset), [many]);
  return (
    // A new store per dataset, as the explorer does when it loads another year.
    <ExplorerStoreProvider key={String(many)} index={index}>
      <div style={{ display: "grid", gridTemplateRows: "auto 1fr", height: "100vh" }}>
        <header style={{ display: "flex", gap: 24, alignItems: "flex-end", padding: "8px 16px", borderBottom: "1px solid var(--line)", background: "#fff" }}>
          <h1 style={{ fontSize: 20, margin: 0, marginRight: "auto" }}>Panels workbench</h1>
          <Controls many={many} onMany={setMany} />
          <SearchBox />
        </header>
        <main style={{ display: "grid", gridTemplateColumns: "minmax(0, 1fr) 380px", minHeight: 0 }}>
          <section aria-label="List of meetings" style={{ minHeight: 0, overflow: "hidden", padding: "8px 8px 0" }}>
            <MeetingList />
          </section>
          <DetailsPanel />
        </main>
      </div>
      <LiveAnnouncer />
    </ExplorerStoreProvider>
  );
}
