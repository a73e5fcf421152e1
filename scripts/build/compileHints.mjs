// @ts-check
// Chromium (136 on) compiles every function of a script that begins with the magic comment
// below on the background thread that streams the script in, instead of lazily on the main
// thread the first time each function runs. Hydration calls most of what a page's own
// <script> tags hold, so the postbuild marks those scripts, and only those: a lazily loaded
// chunk may never run, and compiling it eagerly would waste time and memory. Other browsers
// read a comment. The measured effect is in README ("Serving the site").
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { scriptTagsOf } from "./pageScripts.mjs";

export const COMPILE_HINT = "//# allFunctionsCalledOnLoad";

/** The script with the hint as its first line; unchanged when it has it already. */
export function withCompileHint(/** @type {string} */ code) {
  return code.startsWith(COMPILE_HINT) ? code : `${COMPILE_HINT}\n${code}`;
}

/** The script as the bundler wrote it, so its source map's lines line up again. */
export function withoutCompileHint(/** @type {string} */ code) {
  return code.startsWith(`${COMPILE_HINT}\n`) ? code.slice(COMPILE_HINT.length + 1) : code;
}

/**
 * The site's files to hint: the same-origin module scripts the given pages load by
 * themselves, each once, as site-relative keys. noModule polyfills are left out (no browser
 * with compile hints runs them), and so is anything outside the site.
 * @param {{ key: string, html: string }[]} pages
 * @returns {string[]}
 */
export function startupScriptKeys(pages) {
  /** @type {Set<string>} */
  const keys = new Set();
  for (const { html } of pages) {
    for (const tag of scriptTagsOf(html)) {
      if (tag.noModule || !tag.src.startsWith("/") || tag.src.startsWith("//")) continue;
      const key = (tag.src.split(/[?#]/)[0] ?? "").slice(1);
      if (key.endsWith(".js") && !key.split("/").includes("..")) keys.add(key);
    }
  }
  return [...keys].sort();
}

/**
 * Adds the hint to the startup scripts of every page under root. Returns the keys it
 * changed; a script that is missing or already hinted is left as it is.
 * @param {string} root
 * @param {string[]} htmlKeys
 */
export async function hintStartupScripts(root, htmlKeys) {
  const pages = await Promise.all(htmlKeys.map(async (key) => ({ key, html: await readFile(path.join(root, key), "utf8") })));
  const changed = [];
  for (const key of startupScriptKeys(pages)) {
    const file = path.join(root, key);
    const code = await readFile(file, "utf8").catch(() => null);
    if (code === null || code.startsWith(COMPILE_HINT)) continue;
    await writeFile(file, withCompileHint(code));
    changed.push(key);
  }
  return changed;
}
