import type { Metadata } from "next";
import { Suspense } from "react";
import { TimelineBench } from "@/components/timeline/TimelineBench";

export const metadata: Metadata = { title: "Benchmark: timeline", robots: { index: false } };

/** The benchmark page contract of ../shared/bench/README.md: the real timeline, full viewport, workload from ?n= or ?data=. */
export default function BenchTimelinePage() {
  return (
    <Suspense fallback={null}>
      <TimelineBench />
    </Suspense>
  );
}
