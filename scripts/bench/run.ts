// npm run bench [-- --runs N] [-- --no-build] [-- --site DIR] [-- --port N] [-- --only TEXT]
// Builds for production, serves out/, and drives Chromium through the benchmark pages
// (/bench/timeline, /bench/graph, contract in ../shared/bench/README.md), the anchor pages
// they are compared with (vis-timeline, d3-force on canvas: scripts/bench/anchors, built
// into bench-results/anchors-site and served on port + 1) and the real explorer (also from
// a server without compression on port + 2). Repetitions are interleaved so that noise on
// this shared machine spreads over every case alike. Prints the detailed tables, one line
// per comparison with an anchor, and the budget table; writes bench-results/bench.json.
import { execSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildAnchorSite } from "./anchors/buildAnchorSite";
import { parseBenchArgs } from "./benchArgs";
import { APP_CASES, selectCases, VIEW_CASES, type AppServer, type ViewSite } from "./benchCases";
import { startBenchServer, type BenchServer } from "./benchServers";
import { formatAppTable, formatViewTable, summariseApp, summariseViews } from "./benchTables";
import { anchorLines, evaluateBudgets, formatBudgetTable, type BenchResults } from "./budgets";
import { launchBrowser, pauseBetweenPages } from "./browser";
import { measureApp, measureView, type AppRun, type ViewRun } from "./measure";
import { locateSources } from "../sources/locateSources";
import { firstLoadScripts } from "./firstLoadScripts";

const root = path.resolve(import.meta.dirname, "../..");
const resultsDir = path.join(root, "bench-results");

/** The anchors load the same workload files as the explorer's bench pages. */
function workloadsDir(siteDir: string): string {
  const shipped = path.join(siteDir, "bench-data");
  return existsSync(shipped) ? shipped : path.join(locateSources().dir, "bench");
}

const append = <T>(map: Record<string, T[]>, key: string, value: T) => void (map[key] = [...(map[key] ?? []), value]);

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  const siteDir = args.siteDir ? path.resolve(args.siteDir) : path.join(root, "out");
  const viewCases = selectCases(VIEW_CASES, args.only);
  const appCases = selectCases(APP_CASES, args.only);
  if (viewCases.length + appCases.length === 0) {
    throw new Error(`bench: --only "${args.only}" matches no case; cases: ${[...VIEW_CASES, ...APP_CASES].map((benchCase) => benchCase.key).join(", ")}`);
  }
  if (args.build) execSync("npm run build", { cwd: root, stdio: "inherit" });
  mkdirSync(resultsDir, { recursive: true });

  const servers: BenchServer[] = [];
  try {
    const viewServers = new Map<ViewSite, BenchServer>();
    const appServers = new Map<AppServer, BenchServer>();
    const app = await startBenchServer(siteDir, args.port, { who: "bench" });
    servers.push(app);
    viewServers.set("app", app);
    appServers.set("app", app);
    if (viewCases.some((benchCase) => benchCase.site === "anchors")) {
      process.stderr.write("bench: bundling the anchor pages\n");
      const anchors = await buildAnchorSite(path.join(resultsDir, "anchors-site"), workloadsDir(siteDir));
      const anchorServer = await startBenchServer(anchors.dir, args.port + 1, { who: "bench anchors", readyPath: anchors.pages[0] });
      servers.push(anchorServer);
      viewServers.set("anchors", anchorServer);
    }
    if (appCases.some((benchCase) => benchCase.server === "uncompressed")) {
      const plain = await startBenchServer(siteDir, args.port + 2, { who: "bench uncompressed", compression: "off" });
      servers.push(plain);
      appServers.set("uncompressed", plain);
    }
    const readBuiltJs = (url: string): Buffer | undefined => {
      const file = path.join(siteDir, new URL(url).pathname);
      return existsSync(file) ? readFileSync(file) : undefined;
    };

    const browser = await launchBrowser();
    const viewRuns: Record<string, ViewRun[]> = {};
    const appRuns: Record<string, AppRun[]> = {};
    for (let run = 1; run <= args.runs; run++) {
      for (const benchCase of viewCases) {
        process.stderr.write(`run ${run}/${args.runs}: ${benchCase.key}\n`);
        await pauseBetweenPages();
        append(viewRuns, benchCase.key, await measureView(browser, viewServers.get(benchCase.site)!.baseUrl, benchCase.path, benchCase.settle, benchCase.moves));
      }
      for (const appCase of appCases) {
        process.stderr.write(`run ${run}/${args.runs}: ${appCase.key}\n`);
        await pauseBetweenPages();
        append(appRuns, appCase.key, await measureApp(browser, appServers.get(appCase.server)!.baseUrl, appCase.path, appCase.heading, readBuiltJs, { repeatOffline: appCase.repeatOffline }));
      }
    }
    await browser.close();

    const firstLoad = firstLoadScripts(siteDir);
    const emptyPageHtml = "bench/floor/index.html";
    const emptyPageFirstLoad = existsSync(path.join(siteDir, emptyPageHtml)) ? firstLoadScripts(siteDir, emptyPageHtml) : undefined;
    const results: BenchResults = { views: viewRuns, app: appRuns, firstLoadKb: firstLoad.kb, firstLoadModuleKb: firstLoad.kb - firstLoad.noModuleKb, emptyPageFirstLoadKb: emptyPageFirstLoad?.kb };
    const viewTable = summariseViews(viewRuns);
    const appTable = summariseApp(appRuns);
    const budgets = evaluateBudgets(results);
    const anchors = anchorLines(results);

    console.log(`\nBenchmark: ${args.runs} interleaved runs, 1280x800, Chromium headless; frames are rAF interval median/p95/count over 50 ms`);
    if (viewTable.length > 0) console.log(formatViewTable(viewTable));
    if (appTable.length > 0) console.log(`\n${formatAppTable(appTable)}`);
    console.log(`\nfirst-load JavaScript: ${firstLoad.kb.toFixed(1)} KB (gzip -9 of the ${firstLoad.scripts} script tags of index.html), of which ${firstLoad.noModuleKb.toFixed(1)} KB in noModule tags no module browser fetches`);
    if (emptyPageFirstLoad) console.log(`the empty page (${emptyPageHtml}), same framework and root layout: ${emptyPageFirstLoad.kb.toFixed(1)} KB by the same measure`);
    if (anchors.length > 0) console.log(`\n${anchors.join("\n")}`);
    console.log(`\nBudgets (issue 12), judged on the median; for a speed-up the p95 column is the 5th percentile, the unfavourable end:\n${formatBudgetTable(budgets)}`);

    const jsonFile = path.join(resultsDir, "bench.json");
    const json = { runs: args.runs, only: args.only ?? null, views: viewTable, app: appTable, firstLoadScripts: firstLoad, emptyPageFirstLoadScripts: emptyPageFirstLoad ?? null, anchors, budgets, raw: { views: viewRuns, app: appRuns } };
    writeFileSync(jsonFile, `${JSON.stringify(json, null, 2)}\n`);
    console.log(`\nwrote ${path.relative(root, jsonFile)}`);
  } finally {
    for (const server of servers) server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error && error.message.startsWith("bench:") ? error.message : error);
  process.exitCode = 1;
});
