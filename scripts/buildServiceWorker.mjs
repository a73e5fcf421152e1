// @ts-check
// Writes the site's service worker, <site>/sw.js: lib/offline/serviceWorker.ts bundled by
// esbuild, with Serwist's list of the files to precache (each with a revision, so a new
// build replaces exactly what changed). Run by postbuild.mjs before the CSP hashes and
// the compressed copies are made. Bench pages, their workloads and other years' data are
// left out: the classroom needs the explorer, not the benchmarks.
import { injectManifest } from "@serwist/build";
import { build } from "esbuild";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

const projectRoot = path.join(import.meta.dirname, "..");
export const SERVICE_WORKER_FILE = "sw.js";

/** @returns {Promise<{ count: number, bytes: number }>} what the worker precaches */
export async function buildServiceWorker(/** @type {string} */ siteRoot) {
  const scratch = await mkdtemp(path.join(os.tmpdir(), "council-sw-"));
  try {
    const bundled = path.join(scratch, "sw.js");
    await build({
      entryPoints: [path.join(projectRoot, "lib/offline/serviceWorker.ts")],
      bundle: true,
      format: "iife",
      target: "es2022",
      minify: true,
      define: { "process.env.NODE_ENV": '"production"' },
      outfile: bundled,
      logLevel: "warning",
    });
    const { count, size, warnings } = await injectManifest({
      swSrc: bundled,
      swDest: path.join(siteRoot, SERVICE_WORKER_FILE),
      globDirectory: siteRoot,
      globPatterns: ["index.html", "index.txt", "__next.*.txt", "icon.svg", "_next/static/**/*.{js,css,svg,woff2}"],
      globIgnores: ["**/*.{br,gz,map}", "bench/**", "bench-data/**", "data/**"],
      // 404.html is left out: the server answers it with status 404, which a precache refuses.
      // Hashed names change with their content: no revision needed.
      dontCacheBustURLsMatching: /^_next\/static\//,
      injectionPoint: "self.__SW_MANIFEST",
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    });
    for (const warning of warnings) console.warn(`buildServiceWorker: ${warning}`);
    return { count, bytes: size };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
