// Benchmark pages load their workload as soon as their module runs, before React has
// hydrated, so "first render" measures the component and not the page's start-up order.

export function fetchWorkload(url: string): Promise<unknown> {
  return fetch(url).then((response) => {
    if (!response.ok) throw new Error(`fetchWorkload: ${url} answered ${response.status} ${response.statusText}`);
    return response.json() as Promise<unknown>;
  });
}

export interface EarlyWorkload {
  url: string;
  json: Promise<unknown>;
}

/** Starts the fetch at module load in the browser (null on the server). */
export function startEarlyWorkload(urlFor: (params: URLSearchParams) => string): EarlyWorkload | null {
  if (typeof window === "undefined") return null;
  const url = urlFor(new URLSearchParams(window.location.search));
  const json = fetchWorkload(url);
  json.catch(() => {}); // reported when the page reads it
  return { url, json };
}

/** The early fetch when it is for this URL, else a new one (the query changed since load). */
export function workloadFor(early: EarlyWorkload | null, url: string): Promise<unknown> {
  return early?.url === url ? early.json : fetchWorkload(url);
}
