// The bench pages' workload files, in a module without "use client": the pages (server
// components) write the preload script from them and the client components fetch by them.

/** The workload files a bench page knows: `/bench-data/<kind>-<size>.json`. */
export interface WorkloadFiles {
  kind: "meetings" | "graph";
  sizes: readonly string[];
  /** The size used when `?n=` is absent or not one of `sizes`. */
  fallback: string;
}

export const TIMELINE_WORKLOAD: WorkloadFiles = { kind: "meetings", sizes: ["220", "2000", "10000"], fallback: "220" };
export const GRAPH_WORKLOAD: WorkloadFiles = { kind: "graph", sizes: ["100", "1000", "5000", "20000"], fallback: "1000" };

const fileOf = (files: WorkloadFiles, size: string) => `/bench-data/${files.kind}-${size}.json`;

/** Where the workload comes from: `?data=<url>`, else the file named by `?n=`. */
export function benchWorkloadUrl(files: WorkloadFiles, params: URLSearchParams): string {
  const data = params.get("data");
  if (data) return data;
  const n = params.get("n") ?? files.fallback;
  return fileOf(files, files.sizes.includes(n) ? n : files.fallback);
}

/**
 * The source of a small inline script for a bench page's HTML: it asks the browser to fetch
 * the workload file of `?n=` while the page's scripts are still loading, as a real page
 * preloads its data, so the first render is not held behind hydration for the network.
 * The module-level fetch (./workload.ts) then takes the preloaded response. Only the fixed
 * files are preloaded, chosen by the same rule as benchWorkloadUrl; a `?data=` link
 * preloads nothing (its URL is the reader's, and is fetched as before).
 */
export function workloadPreloadScript(files: WorkloadFiles): string {
  const hrefs = Object.fromEntries(files.sizes.map((size) => [size, fileOf(files, size)]));
  return [
    "(function(){try{",
    "var q=new URLSearchParams(location.search);if(q.get('data'))return;",
    `var f=${JSON.stringify(hrefs)},n=q.get('n'),h=Object.prototype.hasOwnProperty.call(f,n)?f[n]:${JSON.stringify(fileOf(files, files.fallback))};`,
    "var l=document.createElement('link');l.rel='preload';l.as='fetch';l.crossOrigin='anonymous';l.href=h;document.head.appendChild(l);",
    "}catch(e){}})()",
  ].join("");
}
