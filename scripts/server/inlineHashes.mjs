// @ts-check
// The CSP hash sources a static HTML page needs: Next.js's export inlines scripts (the
// flight payload, self.__next_f.push(...)) and React renders style props as style
// attributes. Hashing exactly those lets the policy forbid every other inline script and
// style. Pure: text in, hash sources out.
import { createHash } from "node:crypto";

/** @typedef {{ "script-src": string[], "style-src": string[] }} InlineHashes */

/** Browsers hash the text after the HTML parser has turned CR LF and CR into LF. */
function normaliseNewlines(/** @type {string} */ text) {
  return text.replace(/\r\n?/g, "\n");
}

/** @param {string} text */
export function hashSource(text) {
  return `'sha256-${createHash("sha256").update(normaliseNewlines(text), "utf8").digest("base64")}'`;
}

const NAMED_ENTITIES = /** @type {Record<string, string>} */ ({ amp: "&", quot: '"', apos: "'", lt: "<", gt: ">", nbsp: "\u00a0" });

/** Attribute values are hashed as the browser sees them, after character references. */
function decodeAttribute(/** @type {string} */ value) {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (reference, name) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : reference;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? reference;
  });
}

/** Script and style elements whose content is raw text: attributes inside them are not attributes. */
const RAW_TEXT_ELEMENT = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;
const STYLE_ATTRIBUTE = /<[a-z][^\s>/]*\s(?:[^>]*?\s)?style\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

/**
 * Hash sources for every inline script, style element and style attribute of one page,
 * sorted and without duplicates.
 * @param {string} html
 * @returns {InlineHashes}
 */
export function inlineHashesOf(html) {
  const scripts = new Set();
  const styles = new Set();
  for (const [, element, attributes, content] of html.matchAll(RAW_TEXT_ELEMENT)) {
    if (element?.toLowerCase() === "script") {
      if (!/\bsrc\s*=/i.test(attributes ?? "")) scripts.add(hashSource(content ?? ""));
    } else styles.add(hashSource(content ?? ""));
  }
  const markup = html.replace(RAW_TEXT_ELEMENT, "");
  for (const match of markup.matchAll(STYLE_ATTRIBUTE)) styles.add(hashSource(decodeAttribute(match[1] ?? match[2] ?? "")));
  return { "script-src": [...scripts].sort(), "style-src": [...styles].sort() };
}
