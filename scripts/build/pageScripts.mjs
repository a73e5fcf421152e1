// @ts-check
// The scripts a static HTML page loads by itself: its <script src> tags, in document order.
// Pure: HTML text in, tags out. Used by the postbuild (which scripts get a compile hint) and
// by the bench (what a first load fetches).

/** @typedef {{ src: string, noModule: boolean }} ScriptTag */

/**
 * The page's script tags with a src, each once, in document order. `noModule` marks
 * `<script nomodule>`, which only browsers without ES modules fetch (they cannot run the app).
 * @param {string} html
 * @returns {ScriptTag[]}
 */
export function scriptTagsOf(html) {
  /** @type {Map<string, ScriptTag>} */
  const seen = new Map();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = /\ssrc="([^"]+)"/i.exec(tag)?.[1];
    if (src && !seen.has(src)) seen.set(src, { src, noModule: /\snomodule\b/i.test(tag) });
  }
  return [...seen.values()];
}
