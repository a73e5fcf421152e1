import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export interface ScriptTag {
  src: string;
  /** `<script nomodule>`: fetched only by browsers without ES modules, which cannot run the app anyway. */
  noModule: boolean;
}

/** The page's script tags with a src, each once, in document order. */
export function scriptTagsOf(html: string): ScriptTag[] {
  const seen = new Map<string, ScriptTag>();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = /\ssrc="([^"]+)"/i.exec(tag)?.[1];
    if (src && !seen.has(src)) seen.set(src, { src, noModule: /\snomodule\b/i.test(tag) });
  }
  return [...seen.values()];
}

export interface FirstLoadScripts {
  /** The measure: gzip -9 of every script tag of index.html, summed, in KB. */
  kb: number;
  scripts: number;
  /** The part of it in noModule tags (Next's legacy polyfills), which no browser that runs the app fetches. */
  noModuleKb: number;
}

export function firstLoadScripts(siteDir: string): FirstLoadScripts {
  const tags = scriptTagsOf(readFileSync(path.join(siteDir, "index.html"), "utf8"));
  const gzipKb = (src: string) => {
    const file = path.join(siteDir, src.split("?")[0]!);
    return existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length / 1024 : 0;
  };
  const sizes = tags.map((tag) => ({ ...tag, kb: gzipKb(tag.src) }));
  const sum = (list: typeof sizes) => list.reduce((total, tag) => total + tag.kb, 0);
  return { kb: sum(sizes), scripts: tags.length, noModuleKb: sum(sizes.filter((tag) => tag.noModule)) };
}
