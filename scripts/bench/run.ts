// npm run bench [-- --runs N] [-- --no-build] [-- --site DIR]
// Builds for production, serves out/, and drives Chromium through the benchmark pages
// (/bench/timeline, /bench/graph, contract in ../shared/bench/README.md) and the real
// explorer. Repetitions are interleaved so that noise on this shared machine spreads
// over every case alike. Prints a table and writes bench-results/bench.json.
import { spawn, execSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { launchBrowser } from "./browser";
import { measureApp, measureView, type AppRun, type ViewRun } from "./measure";
import { median, medianSummary, p95, type FrameSummary } from "./stats";
import { waitForServer } from "./waitForServer";

const root = path.resolve(import.meta.dirname, "../..");
const port = 3200;
const baseUrl = `http://127.0.0.1:${port}`;
const runsArg = process.argv.indexOf("--runs");
const runs = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : 3;
const siteArg = process.argv.indexOf("--site");
/** A copy of a build to measure (default out/); with --site the build step is skipped. */
const siteDir = siteArg >= 0 ? path.resolve(process.argv[siteArg + 1]!) : path.join(root, "out");

const viewCases = [
  { name: "timeline", n: 220, path: "/bench/timeline/?n=220", settle: false },
  { name: "timeline", n: 2000, path: "/bench/timeline/?n=2000", settle: false },
  { name: "timeline", n: 10000, path: "/bench/timeline/?n=10000", settle: false },
  { name: "graph", n: 100, path: "/bench/graph/?n=100", settle: true },
  { name: "graph", n: 1000, path: "/bench/graph/?n=1000", settle: true },
  { name: "graph", n: 5000, path: "/bench/graph/?n=5000", settle: true },
  { name: "graph", n: 20000, path: "/bench/graph/?n=20000", settle: true },
];
const appCases = [
  { name: "explorer 2003", path: "/", heading: "The Security Council in 2003" },
  { name: "explorer all years", path: "/?years=all", heading: "The Security Council, 1946–2022" },
  { name: "explorer 2003, repeat visit offline", path: "/", heading: "The Security Council in 2003", repeatOffline: true },
];

/** The measure of first-load JavaScript: gzip -9 of each script tag of out/index.html, summed. */
function firstLoadScriptsGzipKb(): { kb: number; scripts: number } {
  const html = readFileSync(path.join(siteDir, "index.html"), "utf8");
  const sources = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1]!))];
  const bytes = sources.reduce((total, src) => {
    const file = path.join(siteDir, src.split("?")[0]!);
    return total + (existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : 0);
  }, 0);
  return { kb: bytes / 1024, scripts: sources.length };
}

function readBuiltJs(url: string): Buffer | undefined {
  const file = path.join(siteDir, new URL(url).pathname);
  return existsSync(file) ? readFileSync(file) : undefined;
}


const fmt = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? "–" : value >= 100 ? String(Math.round(value)) : value.toFixed(1));
const frames = (summary: FrameSummary | undefined) => (summary ? `${fmt(summary.median)}/${fmt(summary.p95)}/${fmt(summary.over50)}` : "–");

async function main(): Promise<void> {
  if (!process.argv.includes("--no-build") && siteArg < 0) execSync("npm run build", { cwd: root, stdio: "inherit" });
  const server = spawn(process.execPath, [path.join(root, "scripts/serve.mjs"), String(port)], { stdio: "ignore", env: { ...process.env, SITE_DIR: siteDir } });
  try {
    await waitForServer(baseUrl, "bench");
    const browser = await launchBrowser();
    const viewRuns = new Map<string, ViewRun[]>();
    const appRuns = new Map<string, AppRun[]>();
    for (let run = 1; run <= runs; run++) {
      for (const benchCase of viewCases) {
        const key = `${benchCase.name} ${benchCase.n}`;
        process.stderr.write(`run ${run}/${runs}: ${key}\n`);
        viewRuns.set(key, [...(viewRuns.get(key) ?? []), await measureView(browser, baseUrl, benchCase.path, benchCase.settle)]);
      }
      for (const appCase of appCases) {
        process.stderr.write(`run ${run}/${runs}: ${appCase.name}\n`);
        appRuns.set(appCase.name, [...(appRuns.get(appCase.name) ?? []), await measureApp(browser, baseUrl, appCase.path, appCase.heading, readBuiltJs, { repeatOffline: appCase.repeatOffline })]);
      }
    }
    await browser.close();

    const viewTable = [...viewRuns].map(([name, list]) => ({
      name,
      firstRenderMs: median(list.map((r) => r.firstRenderMs)),
      settledMs: list[0]?.settledMs === undefined ? undefined : median(list.map((r) => r.settledMs ?? Number.NaN)),
      layout: list[0]?.layout ? medianSummary(list.map((r) => r.layout!)) : undefined,
      zoom: medianSummary(list.map((r) => r.zoom)),
      pan: medianSummary(list.map((r) => r.pan)),
      heapMb: Math.max(...list.map((r) => r.heapMb)),
    }));
    const appTable = [...appRuns].map(([name, list]) => ({
      name,
      interactiveMs: { median: median(list.map((r) => r.interactiveMs)), p95: p95(list.map((r) => r.interactiveMs)) },
      layoutSource: [...new Set(list.map((r) => r.layoutSource))].join("/"),
      graphSettleMs: { median: median(list.map((r) => r.graphSettleMs)), p95: p95(list.map((r) => r.graphSettleMs)) },
      selectionSyncMs: { median: median(list.map((r) => r.selectionSyncMs)), p95: p95(list.map((r) => r.selectionSyncMs)) },
      selectionSyncFrames: median(list.map((r) => r.selectionSyncFrames)),
      jsGzipKb: median(list.map((r) => r.jsGzipKb)),
    }));

    console.log(`\nBenchmark: ${runs} interleaved runs, 1280x800, Chromium headless; frames are rAF interval median/p95/count over 50 ms`);
    console.log("| case | first render ms | settled ms | during layout | zoom | pan | heap MB |");
    console.log("|---|---|---|---|---|---|---|");
    for (const row of viewTable) {
      console.log(`| ${row.name} | ${fmt(row.firstRenderMs)} | ${fmt(row.settledMs)} | ${frames(row.layout)} | ${frames(row.zoom)} | ${frames(row.pan)} | ${fmt(row.heapMb)} |`);
    }
    console.log("\n| app | explorer:interactive ms (median/p95) | graph settled ms (median/p95), layout from | click to both views painted ms (median/p95), frames | JS fetched gzip KB |");
    console.log("|---|---|---|---|---|");
    for (const row of appTable) {
      console.log(`| ${row.name} | ${fmt(row.interactiveMs.median)}/${fmt(row.interactiveMs.p95)} | ${fmt(row.graphSettleMs.median)}/${fmt(row.graphSettleMs.p95)}, ${row.layoutSource} | ${fmt(row.selectionSyncMs.median)}/${fmt(row.selectionSyncMs.p95)}, ${fmt(row.selectionSyncFrames)} | ${fmt(row.jsGzipKb)} |`);
    }
    const firstLoad = firstLoadScriptsGzipKb();
    console.log(`\nfirst-load JavaScript: ${fmt(firstLoad.kb)} KB (gzip -9 of the ${firstLoad.scripts} script tags of index.html)`);
    mkdirSync(path.join(root, "bench-results"), { recursive: true });
    const jsonFile = path.join(root, "bench-results/bench.json");
    writeFileSync(jsonFile, `${JSON.stringify({ runs, views: viewTable, app: appTable, firstLoadScripts: firstLoadScriptsGzipKb(), raw: { views: Object.fromEntries(viewRuns), app: Object.fromEntries(appRuns) } }, null, 2)}\n`);
    console.log(`\nwrote ${path.relative(root, jsonFile)}`);
  } finally {
    server.kill();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
