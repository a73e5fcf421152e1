import type { Metadata } from "next";
import { FloorMark } from "@/components/bench/FloorMark";

export const metadata: Metadata = { title: "Benchmark: an empty page", robots: { index: false } };

/**
 * The floor under every page of this app: the same root layout and framework, one heading
 * and one hydrated button, none of the explorer. Like every bench page it registers no
 * service worker (OfflineSupport), which the explorer does. `npm run bench` measures it
 * beside the explorer, so a budget can be read against what the framework costs before
 * our code runs.
 */
export default function BenchFloorPage() {
  return (
    <main style={{ padding: 16 }}>
      <h1>An empty page</h1>
      <FloorMark />
    </main>
  );
}
