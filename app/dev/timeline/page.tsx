import type { Metadata } from "next";
import { Suspense } from "react";
import { DevTimeline } from "./DevTimeline";

export const metadata: Metadata = { title: "Dev: timeline", robots: { index: false } };

/**
 * For developing the timeline alone: the sample dataset, or any Dataset JSON named by
 * ?dataset=/path.json (e.g. a copy of the ingest's output in public/bench-data/);
 * ?window=2003-04-01..2003-04-30 and ?select=4739 set the store as a shared link would;
 * ?panel=0 hides the stand-in controls, to see the timeline alone at a given size.
 */
export default function DevTimelinePage() {
  return (
    <Suspense fallback={null}>
      <DevTimeline />
    </Suspense>
  );
}
