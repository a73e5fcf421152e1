import { Suspense } from "react";
import { GRAPH_WORKLOAD, workloadPreloadScript } from "@/components/bench/workloadFiles";
import { GraphBench } from "@/components/graph/GraphBench";

// The graph over ../shared/bench workloads, measured per ../shared/bench/README.md.
export default function GraphBenchPage() {
  return (
    <>
      {/* A fixed script of ours (components/bench/workloadFiles.ts); the server's CSP allows it by hash. */}
      <script dangerouslySetInnerHTML={{ __html: workloadPreloadScript(GRAPH_WORKLOAD) }} />
      <Suspense fallback={<p>Loading the workload…</p>}>
        <GraphBench />
      </Suspense>
    </>
  );
}
