/// <reference lib="webworker" />
import { NetworkFirst, Serwist, type PrecacheEntry } from "serwist";

// The site's service worker, bundled by scripts/postbuild.mjs (esbuild) with the list of
// files to precache injected where `self.__SW_MANIFEST` stands: the page, its scripts and
// styles (the default year's data is inside the page). A class that opened the page once
// keeps working when the network drops.

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] | undefined };

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: {
    cleanupOutdatedCaches: true,
    // A link's query (?m=4739&year=1990) names a view of the one page, not another file.
    ignoreURLParametersMatching: [/.*/],
  },
  // A new version waits until the page says so (the update notice), never mid-lesson.
  skipWaiting: false,
  clientsClaim: false,
  runtimeCaching: [
    {
      // Other years' files: fresh from the network when it answers, the last copy when it does not.
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/data/"),
      handler: new NetworkFirst({ cacheName: "council-data", networkTimeoutSeconds: 5 }),
    },
  ],
});

serwist.addEventListeners();
