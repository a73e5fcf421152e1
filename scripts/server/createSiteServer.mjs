// @ts-check
// The static site server: decides which file a request names (or why none), then lets the
// `send` library do the HTTP of files (ETag, Last-Modified, 304, ranges, HEAD, streams that
// are closed when a download is aborted). What this module adds: methods, paths that stay
// inside the site (no escapes, no symlinks out), files that must not ship, precompressed
// copies, the cache and security headers, and 404s with the site's own page.
import { STATUS_CODES, createServer } from "node:http";
import { lstat, readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
import send from "send";
import { cacheControlFor, securityHeaders } from "./siteHeaders.mjs";
import { CODING_SUFFIX, PRECOMPRESSED_TYPES, negotiateEncoding } from "./negotiateEncoding.mjs";
import { directoryLocation, isShippable, parseRequestPath } from "./requestPath.mjs";

/** @typedef {import("./inlineHashes.mjs").InlineHashes} InlineHashes */
/** @typedef {import("./negotiateEncoding.mjs").ContentCoding} ContentCoding */
/** @typedef {import("node:http").IncomingMessage} Request */
/** @typedef {import("node:http").ServerResponse} Response */
/** @typedef {{ real: string, key: string }} SiteFile */

/** Written by scripts/postbuild.mjs: page path -> hash sources of its inline scripts and styles. */
export const CSP_MANIFEST = ".csp-hashes.json";
const NOT_FOUND_PAGE = "404.html";
/** Pages Next.js exports for "not found"; asked for by name they still answer 404. */
const NOT_FOUND_KEYS = new Set([NOT_FOUND_PAGE, "404/index.html", "_not-found/index.html"]);
const NOT_FOUND_NAMES = new Set(["404", NOT_FOUND_PAGE, "_not-found"]);
const ALLOWED_METHODS = "GET, HEAD";

/** Re-reads the CSP manifest whenever the build rewrites it, so a rebuild under a running
 * server gets the new pages' hashes. */
function manifestReader(/** @type {string} */ file, /** @type {(message: string) => void} */ log) {
  /** @type {Record<string, InlineHashes>} */
  let entries = {};
  let readMtime = -1;
  return async function hashesFor(/** @type {string} */ key) {
    const mtime = await stat(file).then((info) => info.mtimeMs, () => 0);
    if (mtime !== readMtime) {
      readMtime = mtime;
      entries = mtime === 0 ? {} : await readFile(file, "utf8").then(JSON.parse).catch((error) => (log(`serve: ${file} is unreadable (${error.message}); inline scripts will be blocked`), {}));
      if (mtime === 0) log(`serve: no ${CSP_MANIFEST} in the site (run npm run build); inline scripts will be blocked`);
    }
    return Object.hasOwn(entries, key) ? entries[key] : undefined;
  };
}

/**
 * @param {{ root: string, frameAncestors: string, precompressed?: boolean, log?: (message: string) => void }} options
 * precompressed: false serves every file as it is (identity), as a server without compression would.
 */
export async function createSiteServer({ root, frameAncestors, precompressed = true, log = console.error }) {
  const siteRoot = await realpath(root);
  const hashesFor = manifestReader(path.join(siteRoot, CSP_MANIFEST), log);
  const inside = (/** @type {string} */ file) => file === siteRoot || file.startsWith(siteRoot + path.sep);
  const keyOf = (/** @type {string} */ file) => path.relative(siteRoot, file).split(path.sep).join("/");

  /** The real path of a regular file inside the site, or undefined: symlinks that lead out
   * of the root, FIFOs and devices count as missing. */
  async function regularFileInside(/** @type {string} */ file) {
    const real = await realpath(file).catch(() => undefined);
    if (!real || !inside(real)) return undefined;
    const info = await stat(real).catch(() => undefined);
    return info?.isFile() ? real : undefined;
  }

  /** @returns {Promise<{ kind: "file", file: SiteFile } | { kind: "redirect", location: string } | { kind: "missing" }>} */
  async function locate(/** @type {import("./requestPath.mjs").SitePath} */ sitePath) {
    const real = await realpath(path.join(siteRoot, ...sitePath.segments)).catch(() => undefined);
    if (!real || !inside(real)) return { kind: "missing" };
    const info = await stat(real).catch(() => undefined);
    if (info?.isDirectory()) {
      if (sitePath.segments.length > 0 && !sitePath.trailingSlash) return { kind: "redirect", location: directoryLocation(sitePath.segments, sitePath.query) };
      const index = await regularFileInside(path.join(real, "index.html"));
      return index ? { kind: "file", file: { real: index, key: keyOf(index) } } : { kind: "missing" };
    }
    if (!info?.isFile() || sitePath.trailingSlash) return { kind: "missing" };
    const key = keyOf(real);
    return isShippable(key.split("/")) ? { kind: "file", file: { real, key } } : { kind: "missing" };
  }

  /** Codings with a precompressed copy beside the file: regular files only, never symlinks. */
  async function codingsOf(/** @type {SiteFile} */ file) {
    /** @type {Set<ContentCoding>} */
    const available = new Set();
    if (!precompressed || !PRECOMPRESSED_TYPES[path.extname(file.real)]) return available;
    for (const coding of /** @type {ContentCoding[]} */ (["br", "gzip"])) {
      const info = await lstat(file.real + CODING_SUFFIX[coding]).catch(() => undefined);
      if (info?.isFile()) available.add(coding);
    }
    return available;
  }

  async function setSiteHeaders(/** @type {Response} */ response, /** @type {SiteFile | undefined} */ file) {
    for (const name of response.getHeaderNames()) response.removeHeader(name);
    const inline = file?.key.endsWith(".html") ? await hashesFor(file.key) : undefined;
    for (const [name, value] of Object.entries(securityHeaders({ frameAncestors, inline }))) response.setHeader(name, value);
  }

  async function answerPlain(/** @type {Request} */ request, /** @type {Response} */ response, /** @type {number} */ status, /** @type {Record<string, string>} */ headers = {}) {
    await setSiteHeaders(response, undefined);
    const body = `${status} ${STATUS_CODES[status] ?? "Error"}\n`;
    response.writeHead(status, { ...headers, "Content-Type": "text/plain; charset=utf-8", "Content-Length": Buffer.byteLength(body), "Cache-Control": "no-cache" });
    response.end(request.method === "HEAD" ? undefined : body);
  }

  /**
   * Streams one file through `send`. A 404 or 200 page, with or without a precompressed copy.
   * @param {{ request: Request, response: Response, file: SiteFile, status: 200 | 404, coding: ContentCoding | undefined, onMissing: () => Promise<void> }} delivery
   */
  async function deliver({ request, response, file, status, coding, onMissing }) {
    await setSiteHeaders(response, file);
    const segments = file.key.split("/");
    response.statusCode = status;
    response.setHeader("Cache-Control", status === 200 ? cacheControlFor(segments) : "no-cache");
    const type = PRECOMPRESSED_TYPES[path.extname(file.real)];
    if (type) {
      response.setHeader("Content-Type", type);
      response.setHeader("Vary", "Accept-Encoding");
    }
    if (coding) response.setHeader("Content-Encoding", coding);
    const target = coding ? `${file.key}${CODING_SUFFIX[coding]}` : file.key;
    const validators = status === 200;
    const stream = send(request, `/${target.split("/").map(encodeURIComponent).join("/")}`, {
      root: siteRoot, index: false, dotfiles: "deny", cacheControl: false, etag: validators, lastModified: validators, acceptRanges: validators,
    });
    stream.on("error", (/** @type {Error & { status?: number }} */ error) => {
      // The file vanished or could not be read after it was found (a rebuild under a
      // running server, a permission change). Before any byte went out, answer properly;
      // after, all that is left is to cut the response short.
      if (response.headersSent) return void response.destroy();
      const recovery = error.status === 404 ? (coding ? deliver({ request, response, file, status, coding: undefined, onMissing }) : onMissing()) : answerPlain(request, response, 500);
      if (error.status !== 404) log(`serve: ${file.key}: ${error.message}`);
      recovery.catch((failure) => fail(response, failure));
    });
    stream.pipe(response);
  }

  async function answerNotFound(/** @type {Request} */ request, /** @type {Response} */ response) {
    const real = await regularFileInside(path.join(siteRoot, NOT_FOUND_PAGE));
    if (!real) return answerPlain(request, response, 404);
    const file = { real, key: NOT_FOUND_PAGE };
    const coding = negotiateEncoding(request.headers["accept-encoding"], await codingsOf(file));
    return deliver({ request, response, file, status: 404, coding, onMissing: () => answerPlain(request, response, 404) });
  }

  async function answer(/** @type {Request} */ request, /** @type {Response} */ response) {
    if (request.method !== "GET" && request.method !== "HEAD") return answerPlain(request, response, 405, { Allow: ALLOWED_METHODS });
    const sitePath = parseRequestPath(request.url ?? "");
    if (!sitePath.ok) return answerPlain(request, response, 400);
    const namesNotFoundPage = sitePath.segments.length === 1 && NOT_FOUND_NAMES.has(sitePath.segments[0] ?? "");
    if (!isShippable(sitePath.segments) || namesNotFoundPage) return answerNotFound(request, response);
    const found = await locate(sitePath);
    if (found.kind === "redirect") return answerPlain(request, response, 301, { Location: found.location });
    if (found.kind === "missing" || NOT_FOUND_KEYS.has(found.file.key)) return answerNotFound(request, response);
    const coding = negotiateEncoding(request.headers["accept-encoding"], await codingsOf(found.file));
    return deliver({ request, response, file: found.file, status: 200, coding, onMissing: () => answerNotFound(request, response) });
  }

  function fail(/** @type {Response} */ response, /** @type {unknown} */ error) {
    log(`serve: ${error instanceof Error ? error.stack : String(error)}`);
    if (response.headersSent) return void response.destroy();
    response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
    response.end("500 Internal Server Error\n");
  }

  return createServer((request, response) => {
    answer(request, response).catch((error) => fail(response, error));
  });
}
