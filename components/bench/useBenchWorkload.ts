"use client";

import { useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { startEarlyWorkload, workloadFor, type EarlyWorkload } from "./workload";
import { benchWorkloadUrl, type WorkloadFiles } from "./workloadFiles";

export interface BenchWorkload {
  files: WorkloadFiles;
  early: EarlyWorkload | null;
}

/** Call at module level: starts the page's fetch before React hydrates. */
export function benchWorkload(files: WorkloadFiles): BenchWorkload {
  return { files, early: startEarlyWorkload((params) => benchWorkloadUrl(files, params)) };
}

export type WorkloadState<T> = { url: string; status: "loading" } | { url: string; status: "ready"; value: T } | { url: string; status: "failed"; error: string };

/**
 * The workload of the page's URL, turned into what the scene takes by `prepare` (a
 * module-level function: a new one each render would fetch again). A failed fetch or a
 * `prepare` that throws ends as "failed" with the message.
 */
export function useBenchWorkload<T>(workload: BenchWorkload, prepare: (json: unknown) => T): WorkloadState<T> {
  const url = benchWorkloadUrl(workload.files, new URLSearchParams(useSearchParams().toString()));
  const [loaded, setLoaded] = useState<WorkloadState<T> | null>(null);

  useEffect(() => {
    let cancelled = false;
    workloadFor(workload.early, url)
      .then((json) => !cancelled && setLoaded({ url, status: "ready", value: prepare(json) }))
      .catch((error: unknown) => !cancelled && setLoaded({ url, status: "failed", error: error instanceof Error ? error.message : String(error) }));
    return () => {
      cancelled = true;
    };
  }, [workload, url, prepare]);

  return loaded && loaded.url === url ? loaded : { url, status: "loading" };
}
