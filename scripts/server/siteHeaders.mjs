// @ts-check
// The headers every response of the site carries, and the per-page Content-Security-Policy.
// Pure: the same table is what README asks a CDN to send.

/** @typedef {import("./inlineHashes.mjs").InlineHashes} InlineHashes */

/** Who may frame the explorer when FRAME_ANCESTORS is not set: the site itself and any
 * HTTPS page, so a teacher can embed it in a course page. It changes nothing and holds no
 * account, so there is no click to hijack; plain-HTTP pages are left out. */
export const DEFAULT_FRAME_ANCESTORS = "'self' https:";

const SOURCE_TOKEN = /^(?:'self'|\*|[a-z][a-z0-9+.-]*:|(?:[a-z][a-z0-9+.-]*:\/\/)?(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::(?:\d{1,5}|\*))?(?:\/[^\s;,'"]*)?)$/i;

/**
 * Checks a frame-ancestors source list from the environment, so a typo (or a ";" that
 * would smuggle in another directive) stops the server instead of shipping a broken policy.
 * @param {string | undefined} value
 * @returns {{ ok: true, sources: string } | { ok: false, reason: string }}
 */
export function parseFrameAncestors(value) {
  if (value === undefined || value.trim() === "") return { ok: true, sources: DEFAULT_FRAME_ANCESTORS };
  const tokens = value.trim().split(/\s+/);
  if (tokens.length === 1 && tokens[0] === "'none'") return { ok: true, sources: "'none'" };
  const bad = tokens.find((token) => !SOURCE_TOKEN.test(token));
  if (bad !== undefined) return { ok: false, reason: `FRAME_ANCESTORS: "${bad}" is not a CSP source ('self', 'none', https:, https://host.example)` };
  return { ok: true, sources: tokens.join(" ") };
}

/**
 * @param {{ frameAncestors: string, inline?: InlineHashes }} options
 * @returns {string}
 */
export function contentSecurityPolicy({ frameAncestors, inline }) {
  const scriptHashes = inline?.["script-src"] ?? [];
  const styleHashes = inline?.["style-src"] ?? [];
  // 'unsafe-hashes' lets the hashed style attributes React rendered into the page apply;
  // without a hash no inline style, and no inline script at all, is allowed.
  const styleSources = styleHashes.length > 0 ? ["'self'", "'unsafe-hashes'", ...styleHashes] : ["'self'"];
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes].join(" "),
    `style-src ${styleSources.join(" ")}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");
}

/** Features the explorer never uses, switched off for it and anything it might embed. */
export const PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

/**
 * @param {{ frameAncestors: string, inline?: InlineHashes }} options
 * @returns {Record<string, string>}
 */
export function securityHeaders(options) {
  return {
    "Content-Security-Policy": contentSecurityPolicy(options),
    "X-Content-Type-Options": "nosniff",
    // The explorer links out to UN documents; they need not learn which view linked them.
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": PERMISSIONS_POLICY,
  };
}

/** Next.js names everything under /_next/static/ by its content hash (or the build id), so
 * a cached copy is never stale; every other file keeps its name across builds. */
export const IMMUTABLE = "public, max-age=31536000, immutable";
export const REVALIDATE = "no-cache";

/**
 * @param {string[]} segments
 * @returns {string}
 */
export function cacheControlFor(segments) {
  return segments[0] === "_next" && segments[1] === "static" && segments.length > 2 ? IMMUTABLE : REVALIDATE;
}
