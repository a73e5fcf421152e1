import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { scriptTagsOf, type ScriptTag } from "../build/pageScripts.mjs";

export interface FirstLoadScripts {
  /** The measure: gzip -9 of every script tag of index.html, summed, in KB. */
  kb: number;
  scripts: number;
  /** The part of it in noModule tags (Next's legacy polyfills), which no browser that runs the app fetches. */
  noModuleKb: number;
}

export interface SizedScript extends ScriptTag {
  /** The script's file in the site, as read from disk ("" when it is missing). */
  code: string;
  /** gzip -9 of the file, in bytes (0 when it is missing). */
  gzipBytes: number;
}

/** The page's script tags, each with its file and its gzip -9 size: what the first load fetches. */
export function sizedScriptsOf(siteDir: string, page = "index.html"): SizedScript[] {
  return scriptTagsOf(readFileSync(path.join(siteDir, page), "utf8")).map((tag) => {
    const file = path.join(siteDir, tag.src.split("?")[0]!);
    const code = existsSync(file) ? readFileSync(file, "utf8") : "";
    return { ...tag, code, gzipBytes: code ? gzipSync(code, { level: 9 }).length : 0 };
  });
}

export function firstLoadScripts(siteDir: string, page = "index.html"): FirstLoadScripts {
  const sizes = sizedScriptsOf(siteDir, page);
  const sum = (list: typeof sizes) => list.reduce((total, tag) => total + tag.gzipBytes, 0) / 1024;
  return { kb: sum(sizes), scripts: sizes.length, noModuleKb: sum(sizes.filter((tag) => tag.noModule)) };
}
