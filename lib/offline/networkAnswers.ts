/** Where the build writes the service worker (scripts/buildServiceWorker.mjs). */
export const SERVICE_WORKER_URL = "/sw.js";
/**
 * The file asked for to learn whether the server can be reached: the service worker has no
 * route for its own script, so the request goes to the network however the page was served.
 */
export const REACHABILITY_URL = SERVICE_WORKER_URL;

/** An uplink that is down often hangs rather than refuses: past this, the network is taken as gone. */
const ANSWER_WITHIN_MS = 5000;

/**
 * Whether the server answers at all (any HTTP status counts). `navigator.onLine` says only
 * that some network is attached: a school's Wi-Fi whose uplink dropped, or a server that is
 * gone, leaves it true while every request fails.
 */
export async function networkAnswers(fetchFn: typeof fetch, url = REACHABILITY_URL, withinMs = ANSWER_WITHIN_MS): Promise<boolean> {
  try {
    await fetchFn(url, { method: "HEAD", cache: "no-store", signal: AbortSignal.timeout(withinMs) });
    return true;
  } catch {
    return false;
  }
}
