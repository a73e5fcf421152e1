"use client";

import { useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { ExplorerStoreProvider, useExplorer, useExplorerStoreApi } from "@/components/explorer/ExplorerStoreProvider";
import { TimelineView } from "@/components/timeline/TimelineView";
import { indexDataset, type Dataset, type DatasetIndex } from "@/lib/model/dataset";
import { sampleDataset } from "@/lib/model/fixtures/sampleDataset";
import { selectFilters, selectIndex, selectSelection, selectTimeWindow } from "@/lib/store/selectors";
import type { ShareableState } from "@/lib/store/types";

const sampleIndex = indexDataset(sampleDataset);

/** Stand-ins for the other views, to try selections, filters and windows that come from elsewhere. */
function DevPanel() {
  const store = useExplorerStoreApi();
  const index = useExplorer(selectIndex);
  const selection = useExplorer(selectSelection);
  const timeWindow = useExplorer(selectTimeWindow);
  const filters = useExplorer(selectFilters);
  const meetings = index.dataset.meetings;
  return (
    <div style={{ display: "flex", flexWrap: "wrap", gap: 12, alignItems: "center", padding: "6px 12px", fontSize: 13, borderBottom: "1px solid #d9dbe0" }}>
      <strong>Dev panel</strong>
      <label>
        Select from elsewhere:{" "}
        <select value="" onChange={(event) => event.target.value && store.getState().selectMeeting(event.target.value)}>
          <option value="">(meeting)</option>
          {meetings.map((meeting) => (
            <option key={meeting.id} value={meeting.id}>
              {meeting.id} {meeting.date}
            </option>
          ))}
        </select>
      </label>
      {index.dataset.entities.slice(0, 4).map((entity) => (
        <button key={entity.id} type="button" onClick={() => store.getState().selectEntity(entity.id)}>
          {entity.name}
        </button>
      ))}
      {index.dataset.subjectAreas.map((area) => (
        <label key={area.id}>
          <input type="checkbox" checked={!filters.hiddenSubjectAreas.includes(area.id)} onChange={() => store.getState().toggleSubjectArea(area.id)} /> {area.label}
        </label>
      ))}
      <label>
        Focus year:{" "}
        <input type="number" style={{ width: 70 }} onChange={(event) => store.getState().setFocusYear(event.target.value ? Number(event.target.value) : null)} />
      </label>
      <span data-testid="dev-selection">Selected: {selection.meetings.join(", ") || "none"}</span>
      <span data-testid="dev-window">Window: {timeWindow ? `${timeWindow.start} to ${timeWindow.end}` : "none"}</span>
    </div>
  );
}

/** ?window=2003-04-01..2003-04-30, ?select=4739 and ?year=2003 start the store as a shared link would. */
function initialFrom(params: URLSearchParams): Partial<ShareableState> {
  const [start, end] = (params.get("window") ?? "").split("..");
  const select = params.get("select");
  const year = params.get("year");
  return {
    ...(year ? { focusYear: Number(year) } : {}),
    ...(start && end ? { timeWindow: { start, end } } : {}),
    ...(select ? { selection: { meetings: select.split(","), entities: [] } } : {}),
  };
}

export function DevTimeline() {
  const params = useSearchParams();
  const url = params.get("dataset");
  const [loaded, setLoaded] = useState<{ url: string; index: DatasetIndex } | null>(null);

  useEffect(() => {
    if (!url) return;
    let cancelled = false;
    fetch(url)
      .then((response) => response.json() as Promise<Dataset>)
      .then((dataset) => {
        if (!cancelled) setLoaded({ url, index: indexDataset(dataset) });
      });
    return () => {
      cancelled = true;
    };
  }, [url]);

  const index = url ? (loaded?.url === url ? loaded.index : null) : sampleIndex;
  if (!index) return <p style={{ padding: 16 }}>Loading {url}…</p>;
  return (
    <ExplorerStoreProvider key={url ?? "sample"} index={index} initial={initialFrom(new URLSearchParams(params.toString()))}>
      <div style={{ position: "fixed", inset: 0, display: "flex", flexDirection: "column" }}>
        {params.get("panel") === "0" ? null : <DevPanel />}
        <div style={{ flex: "1 1 auto", minHeight: 0 }}>
          <TimelineView />
        </div>
      </div>
    </ExplorerStoreProvider>
  );
}
