import { Suspense } from "react";
import { GraphBench } from "@/components/graph/GraphBench";

// The graph over ../shared/bench workloads, measured per ../shared/bench/README.md.
export default function GraphBenchPage() {
  return (
    <Suspense fallback={<p>Loading the workload…</p>}>
      <GraphBench />
    </Suspense>
  );
}
