"use client";

import { useCallback, useMemo, useRef } from "react";
import { markFirstRender } from "@/components/bench/markFirstRender";
import { benchWorkload, useBenchWorkload } from "@/components/bench/useBenchWorkload";
import { GRAPH_WORKLOAD } from "@/components/bench/workloadFiles";
import { createValueSource } from "@/components/hooks/valueSource";
import { benchGraphToGraphData, type BenchGraphFile } from "@/lib/graph/benchAdapter";
import { plainDisplay } from "@/lib/graph/display";
import { GraphScene } from "./GraphScene";

/** `?data=<url>`, else `?n=100|1000|5000|20000` (default 1000). */
const workload = benchWorkload(GRAPH_WORKLOAD);
const toGraphData = (json: unknown) => benchGraphToGraphData(json as BenchGraphFile);

/** The real graph component over a benchmark workload, with the bench page contract's marks. */
export function GraphBench() {
  const loaded = useBenchWorkload(workload, toGraphData);
  const firstRender = useRef(false);

  const graph = loaded.status === "ready" ? loaded.value : null;
  const sources = useMemo(() => (graph ? { display: createValueSource(plainDisplay(graph)), hover: createValueSource(-1) } : null), [graph]);
  const onHoverNode = useCallback((index: number) => sources?.hover.set(index), [sources]);
  const onSelectNode = useCallback(() => {}, []);
  const onPainted = useCallback(() => {
    if (firstRender.current) return;
    firstRender.current = true;
    markFirstRender();
  }, []);
  const onSettled = useCallback(() => {
    if (performance.getEntriesByName("bench:settled").length === 0) performance.mark("bench:settled");
  }, []);

  if (loaded.status === "failed") return <p role="alert">Could not load the workload: {loaded.error}</p>;
  if (!graph || !sources) return <p>Loading {loaded.url}…</p>;
  return (
    <div style={{ position: "fixed", inset: 0 }}>
      <GraphScene graph={graph} display={sources.display} hover={sources.hover} onSelectNode={onSelectNode} onHoverNode={onHoverNode} onPainted={onPainted} onSettled={onSettled} />
    </div>
  );
}
