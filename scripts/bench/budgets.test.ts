import { describe, expect, it } from "vitest";
import { anchorLines, evaluateBudgets, formatBudgetTable, type BenchResults } from "./budgets";
import type { AppRun, ViewRun } from "./measure";

const frames = (p95: number, over50 = 0) => ({ median: 16.7, p95, over50, frames: 60 });
const viewRun = (firstRenderMs: number, settledMs?: number, over50 = 0, zoomP95 = 16.8): ViewRun => ({
  firstRenderMs, settledMs, layout: settledMs === undefined ? undefined : frames(17, over50), zoom: frames(zoomP95), pan: frames(16.7), heapMb: 40,
});
const appRun = (interactiveMs: number, layoutSource = "prelaid"): AppRun => ({ interactiveMs, layoutSource, graphSettleMs: 2, selectionSyncMs: 20, selectionSyncFrames: 1, jsGzipKb: 150 });

const results: BenchResults = {
  views: {
    "timeline 10000": [viewRun(300), viewRun(500), viewRun(400)],
    "vis-timeline 10000": [viewRun(3000), viewRun(2500), viewRun(2000)], // 10x, 5x, 5x
    "graph 5000": [viewRun(450, 3000), viewRun(480, 3600), viewRun(900, 5000)],
    "d3 canvas 5000": [viewRun(600, 15_000), viewRun(600, 14_400), viewRun(700, 15_000)], // settled 5x, 4x, 3x
    "graph 20000": [viewRun(900, 9000, 0, 16.9), viewRun(950, 9500, 2, 17.5), viewRun(990, 9900, 0, 16.8)],
  },
  app: {
    "explorer 2003": [appRun(480), appRun(520, "worker"), appRun(460)],
    "explorer all years": [appRun(900), appRun(950), appRun(1100)],
    "explorer all years, uncompressed server": [appRun(3000), appRun(3100), appRun(3200)],
  },
  firstLoadKb: 171.2,
};

describe("evaluateBudgets", () => {
  const rows = evaluateBudgets(results);
  const row = (name: string) => rows.find((candidate) => candidate.case === name)!;

  it("gives the issue's rows in its order", () => {
    expect(rows.map((candidate) => candidate.case)).toEqual([
      "explorer 2003: time to interactive",
      "explorer 2003: graph settled after navigation",
      "explorer all years: time to interactive, npm start",
      "explorer all years: time to interactive, uncompressed server",
      "first-load JavaScript (gzip -9, script tags of index.html)",
      "timeline 10,000: first render",
      "timeline 10,000: first render vs vis-timeline",
      "graph 5,000: first paint",
      "graph 5,000: first paint vs d3 on canvas",
      "graph 5,000: settled vs d3 on canvas",
      "graph 20,000: settled",
      "graph 20,000: long frames (> 50 ms) during layout",
      "graph 20,000: zoom and pan frame p95",
      "repeat visit, network off: time to interactive",
    ]);
  });

  it("judges each budget on the median", () => {
    expect(row("explorer 2003: time to interactive")).toMatchObject({ median: "480 ms", met: true });
    expect(row("explorer all years: time to interactive, npm start")).toMatchObject({ median: "950 ms", p95: "1,085 ms", met: true });
    expect(row("explorer all years: time to interactive, uncompressed server")).toMatchObject({ median: "3,100 ms", met: undefined });
    expect(row("first-load JavaScript (gzip -9, script tags of index.html)")).toMatchObject({ median: "171.2 KB", met: false });
    expect(row("graph 20,000: long frames (> 50 ms) during layout")).toMatchObject({ median: "0", p95: "1.8", met: true });
    expect(row("graph 20,000: zoom and pan frame p95")).toMatchObject({ median: "16.9 ms", met: true });
  });

  it("takes speed-ups run by run against the anchor measured beside it", () => {
    expect(row("timeline 10,000: first render vs vis-timeline")).toMatchObject({ median: "5.0×", p95: "5.0×", met: false });
    expect(row("graph 5,000: settled vs d3 on canvas")).toMatchObject({ median: "4.0×", p95: "3.1×", met: true });
    expect(row("graph 5,000: first paint vs d3 on canvas")).toMatchObject({ median: "480 vs 600 ms", met: true });
  });

  it("says the graph was painted settled only when every run was prelaid", () => {
    expect(row("explorer 2003: graph settled after navigation")).toMatchObject({ median: "2.0 ms, prelaid/worker", met: false });
  });

  it("marks what was not measured (a run with --only) without judging it", () => {
    expect(row("repeat visit, network off: time to interactive")).toMatchObject({ median: "not measured", met: undefined });
    const none = evaluateBudgets({ views: {}, app: {}, firstLoadKb: undefined });
    expect(none.every((candidate) => candidate.met === undefined && candidate.median === "not measured")).toBe(true);
  });
});

describe("the empty page beside the budgets", () => {
  const withEmptyPage: BenchResults = {
    ...results,
    views: { ...results.views, "empty page": [viewRun(300), viewRun(200), viewRun(250)] },
    emptyPageFirstLoadKb: 178.5,
  };
  const rows = evaluateBudgets(withEmptyPage);
  const row = (name: string) => rows.find((candidate) => candidate.case === name);

  it("shows the empty page's first render and first-load JavaScript for comparison, judging neither", () => {
    expect(row("empty page of this app (the framework's floor): first render")).toMatchObject({ median: "250 ms", met: undefined });
    expect(row("first-load JavaScript of the empty page (the framework's floor, same measure)")).toMatchObject({ median: "178.5 KB", met: undefined });
  });

  it("takes the explorer's time above the empty page run by run, not as a difference of medians", () => {
    // 480 − 300, 520 − 200, 460 − 250: 180, 320, 210 (the medians' difference would be 230).
    expect(row("explorer 2003: time to interactive above the empty page, run by run")).toMatchObject({ median: "210 ms", p95: "309 ms", met: undefined });
  });

  it("puts them right under the row they explain", () => {
    const names = rows.map((candidate) => candidate.case);
    expect(names.indexOf("empty page of this app (the framework's floor): first render")).toBe(names.indexOf("explorer 2003: time to interactive") + 1);
    expect(names.indexOf("first-load JavaScript of the empty page (the framework's floor, same measure)")).toBe(names.indexOf("first-load JavaScript (gzip -9, script tags of index.html)") + 1);
  });

  it("leaves the rows out of a run that did not measure the empty page", () => {
    expect(evaluateBudgets(results).some((candidate) => candidate.case.includes("empty page"))).toBe(false);
  });
});

describe("formatBudgetTable", () => {
  it("prints one markdown row per budget with yes, no or a dash", () => {
    const table = formatBudgetTable(evaluateBudgets(results)).split("\n");
    expect(table[0]).toBe("| case | median | p95 | budget | met? |");
    expect(table).toContain("| timeline 10,000: first render vs vis-timeline | 5.0× | 5.0× | ≥ 6× | no |");
    expect(table).toContain("| repeat visit, network off: time to interactive | not measured | – | ≤ 500 ms (same budgets) | – |");
  });
});

describe("anchorLines", () => {
  it("states each comparison as a speed-up with its budget and the runs", () => {
    expect(anchorLines(results)).toEqual([
      "timeline 10000 first render: 5.0x faster than vis-timeline (budget >= 6x; runs 10.0, 5.0, 5.0)",
      "graph 5000 first paint: 1.3x faster than d3 on canvas (budget before it, > 1x; runs 1.3, 1.3, 0.8)",
      "graph 5000 settled: 4.0x faster than d3 on canvas (budget >= 4x; runs 5.0, 4.0, 3.0)",
    ]);
  });
});
