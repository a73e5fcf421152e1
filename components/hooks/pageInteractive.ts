// The page's word that its foreground work is done: the explorer gives it once it is
// interactive (when it sets its performance mark), and background work that would compete
// with it for a core waits for it. On a 2-core machine the service worker's first install
// (it precaches ~3.5 MB) beside every year's load cost that load ~100 ms (npm run bench:ab).

let announce: () => void = () => {};
const interactive = new Promise<void>((resolve) => {
  announce = resolve;
});

/** Says the page is interactive. Later calls do nothing. */
export function announcePageInteractive(): void {
  announce();
}

/**
 * Resolves once the page is interactive, or after `fallbackMs` on a page that never says
 * so (one without the explorer, a tab in the background, a load that failed), so what
 * waits is late, never lost.
 */
export function afterPageInteractive(fallbackMs: number): Promise<void> {
  return Promise.race([interactive, new Promise<void>((resolve) => setTimeout(resolve, fallbackMs))]);
}
