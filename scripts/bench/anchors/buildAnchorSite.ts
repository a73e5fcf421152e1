// Builds the two anchor pages the benchmark compares the explorer's views with (vis-timeline,
// d3-force on canvas) into a folder of their own, served by scripts/serve.mjs beside the
// measured site: bundled here with esbuild at bench time, so they never enter the app's
// build or its first-load JavaScript. The workloads are copied from the measured site
// (its bench-data/, or the sources' bench/ folder), so both sides load the same files;
// text files get brotli and gzip copies like the app's, so both are served alike.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants as zlib, gzipSync } from "node:zlib";
import { build } from "esbuild";

const here = import.meta.dirname;
const projectRoot = path.resolve(here, "../../..");

/** Page path (under the anchor site) -> the script it runs and its title. */
export const ANCHOR_PAGES = {
  "vis-timeline": { entry: "visTimeline.ts", title: "Anchor: vis-timeline", styles: ["vis-timeline.css"] },
  "d3-canvas": { entry: "d3Canvas.ts", title: "Anchor: d3-force on canvas", styles: [] },
} as const;

export type AnchorPage = keyof typeof ANCHOR_PAGES;

/** Full viewport, no margins: the page contract. A file, as the server's CSP forbids inline styles. */
const PAGE_CSS = "html, body { margin: 0; height: 100%; overflow: hidden; font: 14px system-ui, sans-serif; }\n#stage { position: fixed; inset: 0; }\n";

function pageHtml(title: string, script: string, styles: readonly string[]): string {
  const links = ["page.css", ...styles].map((sheet) => `<link rel="stylesheet" href="/assets/${sheet}">`).join("");
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>${title}</title>${links}<script defer src="/assets/${script}"></script></head><body><div id="stage"></div></body></html>\n`;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/** Writes .br and .gz beside each text file that has none yet (the app's build already
 * compressed its copies of the workloads, which are copied with them). */
function precompress(dir: string): void {
  const files = listFiles(dir);
  const present = new Set(files);
  for (const file of files.filter((name) => /\.(html|js|css|json)$/.test(name) && !present.has(`${name}.br`) && statSync(name).size >= 1024)) {
    const original = readFileSync(file);
    // Quality 9, as the app's postbuild uses for data: 11 takes many seconds on the 3 MB workload.
    writeFileSync(`${file}.br`, brotliCompressSync(original, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9 } }));
    writeFileSync(`${file}.gz`, gzipSync(original, { level: 9 }));
  }
}

export interface AnchorSite {
  dir: string;
  /** Site paths of the pages, e.g. "/vis-timeline/". */
  pages: string[];
  /** Workload files copied, by name. */
  workloads: string[];
}

/**
 * Writes the anchor site into outDir (emptied first) and returns what it holds.
 * workloadsDir holds meetings-N.json and graph-N.json; a missing folder is an error naming it.
 */
export async function buildAnchorSite(outDir: string, workloadsDir: string): Promise<AnchorSite> {
  if (!existsSync(workloadsDir)) throw new Error(`buildAnchorSite: no workloads at ${workloadsDir}`);
  rmSync(outDir, { recursive: true, force: true });
  const assets = path.join(outDir, "assets");
  mkdirSync(assets, { recursive: true });
  await build({
    entryPoints: Object.values(ANCHOR_PAGES).map((page) => path.join(here, page.entry)),
    outdir: assets,
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2022",
    platform: "browser",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "warning",
    absWorkingDir: projectRoot,
  });
  writeFileSync(path.join(assets, "page.css"), PAGE_CSS);
  cpSync(path.join(projectRoot, "node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css"), path.join(assets, "vis-timeline.css"));
  const pages: string[] = [];
  for (const [name, page] of Object.entries(ANCHOR_PAGES)) {
    mkdirSync(path.join(outDir, name), { recursive: true });
    writeFileSync(path.join(outDir, name, "index.html"), pageHtml(page.title, page.entry.replace(/\.ts$/, ".js"), page.styles));
    pages.push(`/${name}/`);
  }
  const workloads = readdirSync(workloadsDir).filter((name) => /^(meetings|graph)-\d+\.json$/.test(name));
  mkdirSync(path.join(outDir, "bench-data"));
  for (const name of workloads) {
    for (const variant of [name, `${name}.br`, `${name}.gz`]) {
      if (existsSync(path.join(workloadsDir, variant))) cpSync(path.join(workloadsDir, variant), path.join(outDir, "bench-data", variant));
    }
  }
  // The server reads each page's inline-script hashes from here; these pages have none.
  writeFileSync(path.join(outDir, ".csp-hashes.json"), "{}\n");
  precompress(outDir);
  return { dir: outDir, pages, workloads };
}
