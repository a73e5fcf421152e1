/// <reference lib="webworker" />
import { NetworkFirst, Serwist, type PrecacheEntry } from "serwist";

// The site's service worker, bundled by scripts/postbuild.mjs (esbuild) with the list of
// files to precache injected where `self.__SW_MANIFEST` stands: the page, its scripts and
// styles (the default year's data is inside the page). A class that opened the page once
// keeps working when the network drops.

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] | undefined };

const manifest = self.__SW_MANIFEST ?? [];
const urlOf = (entry: PrecacheEntry | string) => new URL(typeof entry === "string" ? entry : entry.url, self.location.href).href;
/** Turbopack's worker bootstrap: kept apart from the precache (see its route below). */
const isWorkerBootstrap = (url: URL) => url.origin === self.location.origin && url.pathname.startsWith("/_next/static/chunks/turbopack-worker-");
const workerBootstraps = manifest.map(urlOf).filter((url) => isWorkerBootstrap(new URL(url)));
const WORKER_CACHE = "council-workers";

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(WORKER_CACHE).then((cache) => cache.addAll(workerBootstraps)));
});

const serwist = new Serwist({
  precacheEntries: manifest.filter((entry) => !isWorkerBootstrap(new URL(urlOf(entry)))),
  precacheOptions: {
    cleanupOutdatedCaches: true,
    // A link's query (?m=4739&year=1990) names a view of the one page, not another file.
    navigateFallback: "/index.html",
    navigateFallbackAllowlist: [/^\/(\?.*)?$/],
  },
  // A new version waits until the page says so (the update notice), never mid-lesson.
  skipWaiting: false,
  clientsClaim: false,
  runtimeCaching: [
    {
      // Turbopack starts each worker from one bootstrap script whose URL carries the worker's
      // parameters in its fragment, read back from the worker's own location. A cached
      // response would give the worker its stored, bare URL; a response made here has no
      // URL, so the worker keeps the one it was started with.
      matcher: ({ url }) => isWorkerBootstrap(url),
      handler: async ({ request }) => {
        const cache = await caches.open(WORKER_CACHE);
        const found = (await cache.match(request.url, { ignoreSearch: true })) ?? (await fetch(request));
        return new Response(await found.blob(), { status: found.status, statusText: found.statusText, headers: found.headers });
      },
    },
    {
      // Other years' files: fresh from the network when it answers, the last copy when it does not.
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/data/"),
      handler: new NetworkFirst({ cacheName: "council-data", networkTimeoutSeconds: 5 }),
    },
  ],
});

serwist.addEventListeners();
