"use client";

import { useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { ExplorerStoreProvider } from "@/lib/store/ExplorerStoreProvider";
import { startEarlyWorkload, workloadFor } from "@/components/bench/workload";
import { TimelineView } from "@/components/timeline/TimelineView";
import { indexDataset, type DatasetIndex } from "@/lib/model/dataset";
import { benchWorkloadToDataset } from "@/lib/timeline/benchAdapter";

const workloadSizes = new Set(["220", "2000", "10000"]);

function workloadUrl(params: URLSearchParams): string {
  const data = params.get("data");
  if (data) return data;
  const n = params.get("n") ?? "220";
  return `/bench-data/meetings-${workloadSizes.has(n) ? n : "220"}.json`;
}

const early = startEarlyWorkload(workloadUrl);

function markFirstRender() {
  requestAnimationFrame(() => setTimeout(() => performance.mark("bench:first-render")));
}

export function BenchTimeline() {
  const url = workloadUrl(new URLSearchParams(useSearchParams().toString()));
  const [loaded, setLoaded] = useState<{ url: string; index: DatasetIndex } | { url: string; error: string } | null>(null);

  useEffect(() => {
    let cancelled = false;
    workloadFor(early, url)
      .then((rows) => {
        if (!cancelled) setLoaded({ url, index: indexDataset(benchWorkloadToDataset(rows)) });
      })
      .catch((error: unknown) => {
        if (!cancelled) setLoaded({ url, error: error instanceof Error ? error.message : String(error) });
      });
    return () => {
      cancelled = true;
    };
  }, [url]);

  if (!loaded || loaded.url !== url) return <p style={{ padding: 16 }}>Loading {url}…</p>;
  if ("error" in loaded) return <p role="alert" style={{ padding: 16 }}>{loaded.error}</p>;
  return (
    <div style={{ position: "fixed", inset: 0 }}>
      <ExplorerStoreProvider key={url} index={loaded.index}>
        <TimelineView onFirstPaint={markFirstRender} />
      </ExplorerStoreProvider>
    </div>
  );
}
