// @ts-check
// Runs after `next build` (npm's postbuild hook) on the static export in out/ (or SITE_DIR):
// 1. removes what must not ship: source maps, and the .ts worker sources Turbopack copies
//    to _next/static/media because `new Worker(new URL("./x.ts", import.meta.url))` is also
//    read as a plain asset reference (the worker itself runs from a bundled chunk);
// 2. writes .csp-hashes.json: for each page, the hashes of its inline scripts and styles,
//    from which the server (or a CDN's configuration) builds the page's CSP;
// 3. writes brotli (.br) and gzip (.gz) copies of the text files, which the server sends
//    by Accept-Encoding;
// and, between 1 and 2, the compile hint on the scripts each page loads at startup
// (scripts/build/compileHints.mjs) and then the service worker sw.js
// (scripts/buildServiceWorker.mjs), so that it is compressed like the rest and precaches
// the files as shipped.
import { readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants as zlib, gzip } from "node:zlib";
import { hintStartupScripts } from "./build/compileHints.mjs";
import { buildServiceWorker, SERVICE_WORKER_FILE } from "./buildServiceWorker.mjs";
import { CSP_MANIFEST } from "./server/createSiteServer.mjs";
import { inlineHashesOf } from "./server/inlineHashes.mjs";
import { PRECOMPRESSED_TYPES } from "./server/negotiateEncoding.mjs";

const root = path.resolve(process.env.SITE_DIR ?? path.join(import.meta.dirname, "../out"));
const UNSHIPPABLE = /\.(map|ts|tsx|mts|cts)$/;
const VARIANT = /\.(br|gz)$/;
/** Below this a compressed copy saves less than its own headers cost. */
const MIN_COMPRESS_BYTES = 1024;
/** Brotli's densest setting costs about ten times the CPU of quality 9 for a quarter fewer
 * bytes: worth it for the pages and scripts every visit loads first, not for the 12 MB of
 * per-year data and benchmark workloads. */
const brotliQualityFor = (/** @type {string} */ key) => (key.startsWith("_next/") || key.endsWith(".html") ? 11 : 9);
const compressBrotli = promisify(brotliCompress);
const compressGzip = promisify(gzip);

/** @returns {Promise<string[]>} every file under dir, as paths relative to it with "/" */
async function listFiles(/** @type {string} */ dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"));
}

/** Runs tasks a few at a time: zlib works on the thread pool, so this uses every core. */
async function inBatches(/** @type {string[]} */ items, /** @type {(item: string) => Promise<void>} */ task, size = 4) {
  for (let start = 0; start < items.length; start += size) await Promise.all(items.slice(start, start + size).map(task));
}

async function compress(/** @type {string} */ key) {
  const file = path.join(root, key);
  const original = await readFile(file);
  const copies = [
    [".br", await compressBrotli(original, { params: { [zlib.BROTLI_PARAM_QUALITY]: brotliQualityFor(key), [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT, [zlib.BROTLI_PARAM_SIZE_HINT]: original.length } })],
    [".gz", await compressGzip(original, { level: 9 })],
  ];
  for (const [suffix, bytes] of /** @type {[string, Buffer][]} */ (copies)) {
    if (bytes.length < original.length) await writeFile(file + suffix, bytes);
    else await rm(file + suffix, { force: true });
  }
}

async function main() {
  const started = performance.now();
  const files = await listFiles(root);
  const fileSet = new Set(files);
  const removed = files.filter((key) => UNSHIPPABLE.test(key) || (VARIANT.test(key) && !fileSet.has(key.replace(VARIANT, ""))));
  await Promise.all(removed.map((key) => rm(path.join(root, key))));
  const isDotfile = (/** @type {string} */ key) => key.split("/").some((segment) => segment.startsWith("."));
  const hinted = await hintStartupScripts(root, files.filter((key) => key.endsWith(".html") && !removed.includes(key)));
  const precached = await buildServiceWorker(root);
  const kept = [...files, SERVICE_WORKER_FILE].filter((key) => !removed.includes(key) && !VARIANT.test(key) && !isDotfile(key));

  /** @type {Record<string, import("./server/inlineHashes.mjs").InlineHashes>} */
  const manifest = {};
  for (const key of kept.filter((name) => name.endsWith(".html")).sort()) manifest[key] = inlineHashesOf(await readFile(path.join(root, key), "utf8"));
  await writeFile(path.join(root, CSP_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);

  const compressible = [];
  for (const key of kept) {
    if (PRECOMPRESSED_TYPES[path.extname(key)] && (await stat(path.join(root, key))).size >= MIN_COMPRESS_BYTES) compressible.push(key);
  }
  await inBatches(compressible, compress);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`postbuild: removed ${removed.length ? removed.join(", ") : "nothing"}; compile hint on ${hinted.length} startup scripts; ${SERVICE_WORKER_FILE} precaches ${precached.count} files (${Math.round(precached.bytes / 1024)} KB); CSP hashes for ${Object.keys(manifest).length} pages; ${compressible.length} files precompressed (br, gz) in ${seconds} s`);
}

await main();
