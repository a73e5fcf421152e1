// @ts-check
// Picks the precompressed copy a client accepts. Pure.

/** @typedef {"br" | "gzip"} ContentCoding */

/** File suffix of each precompressed copy the build writes (scripts/postbuild.mjs). */
export const CODING_SUFFIX = /** @type {const} */ ({ br: ".br", gzip: ".gz" });

/** Types the build precompresses (text; images and fonts are compressed already), with the
 * Content-Type a compressed copy is sent as: the same as the library gives the original. */
export const PRECOMPRESSED_TYPES = /** @type {Record<string, string>} */ ({
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
});

/** Preferred first when a client weighs codings equally: brotli is smaller. */
const PREFERENCE = /** @type {ContentCoding[]} */ (["br", "gzip"]);

/**
 * Quality of each coding named in an Accept-Encoding header; "*" stands for any coding not
 * named. A malformed q counts as 0 so nothing is sent that the client might not decode.
 * @param {string} header
 * @returns {Map<string, number>}
 */
export function parseAcceptEncoding(header) {
  const qualities = new Map();
  for (const part of header.split(",")) {
    const [name, ...parameters] = part.split(";").map((piece) => piece.trim().toLowerCase());
    if (!name) continue;
    let quality = 1;
    for (const parameter of parameters) {
      const match = /^q\s*=\s*([0-9.]+)$/.exec(parameter);
      if (parameter.startsWith("q")) quality = match && Number(match[1]) <= 1 ? Number(match[1]) : 0;
    }
    qualities.set(name, quality);
  }
  return qualities;
}

/**
 * The best coding that the client accepts and the site has a copy for, or undefined for the
 * identity (uncompressed) file.
 * @param {string | undefined} header the Accept-Encoding request header
 * @param {ReadonlySet<ContentCoding>} available codings with a precompressed copy on disk
 * @returns {ContentCoding | undefined}
 */
export function negotiateEncoding(header, available) {
  if (!header) return undefined;
  const qualities = parseAcceptEncoding(header);
  const wildcard = qualities.get("*") ?? 0;
  let best;
  let bestQuality = 0;
  for (const coding of PREFERENCE) {
    if (!available.has(coding)) continue;
    const quality = qualities.get(coding) ?? (coding === "gzip" ? qualities.get("x-gzip") : undefined) ?? wildcard;
    if (quality > bestQuality) {
      best = coding;
      bestQuality = quality;
    }
  }
  return best;
}
