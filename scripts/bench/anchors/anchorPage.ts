// Browser side of the anchor pages (bundled by buildAnchorSite, never part of the app):
// the page contract of ../shared/bench/README.md, shared by the vis-timeline and the
// d3-force-on-canvas page so that both load and mark exactly as the explorer's pages do.

/** `?data=<url>`, else the workload file named by `?n=` when it is one of `sizes`. */
export function workloadUrl(kind: "meetings" | "graph", sizes: readonly string[], fallback: string): string {
  const params = new URLSearchParams(window.location.search);
  const data = params.get("data");
  if (data) return data;
  const n = params.get("n") ?? fallback;
  return `/bench-data/${kind}-${sizes.includes(n) ? n : fallback}.json`;
}

export async function loadWorkload(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status} ${response.statusText}`);
  return response.json();
}

/** The contract's first-render mark: after the frame that painted it. */
export function markFirstRender(): void {
  requestAnimationFrame(() => setTimeout(() => performance.mark("bench:first-render")));
}

export function markSettled(): void {
  if (performance.getEntriesByName("bench:settled").length === 0) performance.mark("bench:settled");
}

/** The full-viewport element the page draws into. */
export function stage(): HTMLElement {
  const element = document.getElementById("stage");
  if (!element) throw new Error("anchor page: no #stage element");
  return element;
}

/** A failed load is shown as text (never as HTML) and left for the benchmark to time out on. */
export function showFailure(error: unknown): void {
  const message = document.createElement("p");
  message.setAttribute("role", "alert");
  message.textContent = `Could not load the workload: ${error instanceof Error ? error.message : String(error)}`;
  stage().replaceChildren(message);
}
