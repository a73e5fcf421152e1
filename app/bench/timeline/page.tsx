import type { Metadata } from "next";
import { Suspense } from "react";
import { TIMELINE_WORKLOAD, workloadPreloadScript } from "@/components/bench/workloadFiles";
import { TimelineBench } from "@/components/timeline/TimelineBench";

export const metadata: Metadata = { title: "Benchmark: timeline", robots: { index: false } };

/** The benchmark page contract of ../shared/bench/README.md: the real timeline, full viewport, workload from ?n= or ?data=. */
export default function BenchTimelinePage() {
  return (
    <>
      {/* A fixed script of ours (components/bench/workloadFiles.ts); the server's CSP allows it by hash. */}
      <script dangerouslySetInnerHTML={{ __html: workloadPreloadScript(TIMELINE_WORKLOAD) }} />
      <Suspense fallback={null}>
        <TimelineBench />
      </Suspense>
    </>
  );
}
