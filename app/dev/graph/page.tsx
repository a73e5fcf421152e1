"use client";

import { useSearchParams } from "next/navigation";
import { Suspense, useEffect, useState } from "react";
import { devDatasetName, loadDevDataset, type DevDatasetName } from "@/components/graph/devDatasets";
import { GraphDevHarness } from "@/components/graph/GraphDevHarness";
import type { Dataset } from "@/lib/model/dataset";

function DevGraph() {
  // ?data=2003 (the ingested year), synthetic (an invented year at 2003's scale) or all (every year).
  const name = devDatasetName(useSearchParams().get("data"));
  const [loaded, setLoaded] = useState<{ name: DevDatasetName; dataset: Dataset } | null>(null);
  useEffect(() => {
    let cancelled = false;
    loadDevDataset(name).then((dataset) => !cancelled && setLoaded({ name, dataset }));
    return () => {
      cancelled = true;
    };
  }, [name]);
  if (!loaded || loaded.name !== name) return <p>Loading the {name} dataset…</p>;
  return <GraphDevHarness key={name} dataset={loaded.dataset} />;
}

export default function GraphDevPage() {
  return (
    <Suspense fallback={<p>Loading…</p>}>
      <DevGraph />
    </Suspense>
  );
}
