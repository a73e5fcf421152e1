"use client";

import { useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { createValueSource } from "@/components/hooks/valueSource";
import { benchGraphToGraphData, type BenchGraphFile } from "@/lib/graph/benchAdapter";
import { plainDisplay } from "@/lib/graph/display";
import type { GraphData } from "@/lib/graph/types";
import { startEarlyWorkload, workloadFor } from "@/components/bench/workload";
import { GraphScene } from "./GraphScene";

const sizes = new Set(["100", "1000", "5000", "20000"]);

/** Where the workload comes from: `?data=<url>`, else `?n=100|1000|5000|20000` (default 1000). */
function workloadUrl(params: URLSearchParams): string {
  const data = params.get("data");
  if (data) return data;
  const n = params.get("n") ?? "1000";
  return `/bench-data/graph-${sizes.has(n) ? n : "1000"}.json`;
}

const early = startEarlyWorkload(workloadUrl);

/** The real graph component over a benchmark workload, with the bench page contract's marks. */
export function GraphBench() {
  const params = useSearchParams();
  const url = workloadUrl(new URLSearchParams(params.toString()));
  const [loaded, setLoaded] = useState<{ url: string; graph: GraphData } | { url: string; error: string } | null>(null);
  const firstRender = useRef(false);

  useEffect(() => {
    let cancelled = false;
    workloadFor(early, url)
      .then((file) => !cancelled && setLoaded({ url, graph: benchGraphToGraphData(file as BenchGraphFile) }))
      .catch((error: unknown) => !cancelled && setLoaded({ url, error: String(error) }));
    return () => {
      cancelled = true;
    };
  }, [url]);

  const graph = loaded && "graph" in loaded ? loaded.graph : null;
  const sources = useMemo(() => (graph ? { display: createValueSource(plainDisplay(graph)), hover: createValueSource(-1) } : null), [graph]);
  const onHoverNode = useCallback((index: number) => sources?.hover.set(index), [sources]);
  const onSelectNode = useCallback(() => {}, []);
  const onPainted = useCallback(() => {
    if (firstRender.current) return;
    firstRender.current = true;
    requestAnimationFrame(() => setTimeout(() => performance.mark("bench:first-render")));
  }, []);
  const onSettled = useCallback(() => {
    if (performance.getEntriesByName("bench:settled").length === 0) performance.mark("bench:settled");
  }, []);

  if (loaded && "error" in loaded) return <p role="alert">Could not load the workload: {loaded.error}</p>;
  if (!graph || !sources) return <p>Loading {url}…</p>;
  return (
    <div style={{ position: "fixed", inset: 0 }}>
      <GraphScene graph={graph} display={sources.display} hover={sources.hover} onSelectNode={onSelectNode} onHoverNode={onHoverNode} onPainted={onPainted} onSettled={onSettled} />
    </div>
  );
}
