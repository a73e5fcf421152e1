// @ts-check
// Turns the raw request target into the site path it names, or says why it names none.
// Pure: no file system. Everything a browser never sends (bad escapes, NUL, dot segments)
// is a 400 rather than something to guess at.

/**
 * @typedef {{ ok: true, segments: string[], trailingSlash: boolean, query: string }} SitePath
 * @typedef {{ ok: false, status: 400, reason: string }} BadPath
 */

/**
 * @param {string} target the request line's target, as sent (e.g. "/a/b/?x=1")
 * @returns {SitePath | BadPath}
 */
export function parseRequestPath(target) {
  if (!target.startsWith("/")) return { ok: false, status: 400, reason: "the request target is not a path" };
  const queryAt = target.search(/[?#]/);
  const rawPath = queryAt < 0 ? target : target.slice(0, queryAt);
  const query = queryAt < 0 || target[queryAt] === "#" ? "" : target.slice(queryAt).replace(/#.*$/, "");
  let decoded;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { ok: false, status: 400, reason: "the path has a malformed percent escape" };
  }
  if (decoded.includes("\0")) return { ok: false, status: 400, reason: "the path holds a NUL byte" };
  const segments = decoded.split("/").filter((segment) => segment !== "");
  if (segments.some((segment) => segment === "." || segment === "..")) return { ok: false, status: 400, reason: "the path has a dot segment" };
  return { ok: true, segments, trailingSlash: decoded.endsWith("/") && segments.length > 0, query };
}

/** Files the build may leave in out/ that must never ship: source maps, TypeScript sources
 * (Turbopack copies a worker's .ts file beside its bundle), the precompressed copies (served
 * only through content negotiation) and dotfiles such as the CSP manifest. */
const UNSHIPPABLE = /\.(map|ts|tsx|mts|cts|br|gz)$/i;

/**
 * @param {string[]} segments
 * @returns {boolean}
 */
export function isShippable(segments) {
  if (segments.some((segment) => segment.startsWith("."))) return false;
  const last = segments.at(-1);
  return last === undefined || !UNSHIPPABLE.test(last);
}

/**
 * The Location for a directory asked for without its trailing slash. Segments are encoded
 * again, so the redirect can never become a protocol-relative URL ("//host").
 * @param {string[]} segments
 * @param {string} query
 */
export function directoryLocation(segments, query) {
  return `/${segments.map(encodeURIComponent).join("/")}/${query}`;
}
