// The budget table of issue 12, evaluated from one benchmark run: each row's median and p95
// over the interleaved repetitions, its budget, and whether the median meets it. Ratios
// against an anchor are taken run by run (the explorer's page and the anchor's, measured
// seconds apart) and then summarised, so a slow moment of the machine hits both sides.
import { EMPTY_PAGE } from "./benchCases";
import type { AppRun, ViewRun } from "./measure";
import { median, p95, quantile } from "./stats";

export interface BenchResults {
  views: Readonly<Record<string, readonly ViewRun[]>>;
  app: Readonly<Record<string, readonly AppRun[]>>;
  /** gzip -9 of the script tags of index.html, in KB; undefined when not measured. */
  firstLoadKb: number | undefined;
  /** The same without the noModule tags, which no browser that runs the app fetches. */
  firstLoadModuleKb?: number;
  /** The same measure for the empty page (bench/floor/index.html): the framework's share. */
  emptyPageFirstLoadKb?: number;
}

export interface BudgetRow {
  case: string;
  median: string;
  p95: string;
  budget: string;
  /** undefined: not measured, or a row shown for comparison without a budget of its own. */
  met: boolean | undefined;
}

const NOT_MEASURED = "not measured";

export function formatMs(value: number): string {
  if (Number.isNaN(value)) return "–";
  return value >= 100 ? Math.round(value).toLocaleString("en-US") : value.toFixed(1);
}

const formatCount = (value: number) => (Number.isNaN(value) ? "–" : Number.isInteger(value) ? String(value) : value.toFixed(1));

export const formatRatio = (value: number) => (Number.isNaN(value) ? "–" : `${value.toFixed(1)}×`);

/** Pairs the i-th run of two cases (the same interleaved repetition) and maps each pair. */
function perRun<A, B>(left: readonly A[] | undefined, right: readonly B[] | undefined, pair: (a: A, b: B) => number): number[] {
  if (!left || !right) return [];
  return left.slice(0, right.length).map((a, index) => pair(a, right[index]!));
}

/** A row over plain values (ms, counts): met when the median is at most the limit. */
function timeRow(name: string, values: readonly number[], limit: number | undefined, budget: string, format: (value: number) => string = (ms) => `${formatMs(ms)} ms`): BudgetRow {
  if (values.length === 0) return { case: name, median: NOT_MEASURED, p95: "–", budget, met: undefined };
  const mid = median(values);
  return { case: name, median: format(mid), p95: format(p95(values)), budget, met: limit === undefined ? undefined : mid <= limit };
}

/** A row over per-run speed-ups (anchor time / explorer time). Its p95 column is the
 * unfavourable end, the 5th percentile: the speed-up 95% of runs reached. */
function ratioRow(name: string, ratios: readonly number[], atLeast: number): BudgetRow {
  const budget = `≥ ${atLeast}×`;
  if (ratios.length === 0) return { case: name, median: NOT_MEASURED, p95: "–", budget, met: undefined };
  const mid = median(ratios);
  return { case: name, median: formatRatio(mid), p95: formatRatio(quantile(ratios, 0.05)), budget, met: mid >= atLeast };
}

export function speedups(results: BenchResults, explorer: string, anchor: string, field: "firstRenderMs" | "settledMs"): number[] {
  return perRun(results.views[explorer], results.views[anchor], (ours, theirs) => (theirs[field] ?? Number.NaN) / (ours[field] ?? Number.NaN));
}

export function evaluateBudgets(results: BenchResults): BudgetRow[] {
  const app = (key: string) => results.app[key] ?? [];
  const view = (key: string) => results.views[key] ?? [];
  const interactive = (key: string) => app(key).map((run) => run.interactiveMs);
  const firstRender = (key: string) => view(key).map((run) => run.firstRenderMs);

  const settledRuns = app("explorer 2003");
  const sources = [...new Set(settledRuns.map((run) => run.layoutSource))].join("/");
  const settledRow = timeRow("explorer 2003: graph settled after navigation", settledRuns.map((run) => run.graphSettleMs), undefined, "painted settled in the first frame (prelaid)");
  if (settledRuns.length > 0) {
    settledRow.median = `${settledRow.median}, ${sources}`;
    settledRow.met = settledRuns.every((run) => run.layoutSource === "prelaid");
  }

  const graphPaint = firstRender("graph 5000");
  const d3Paint = firstRender("d3 canvas 5000");
  const beforeD3: BudgetRow =
    graphPaint.length === 0 || d3Paint.length === 0
      ? { case: "graph 5,000: first paint vs d3 on canvas", median: NOT_MEASURED, p95: "–", budget: "before d3 on canvas", met: undefined }
      : {
          case: "graph 5,000: first paint vs d3 on canvas",
          median: `${formatMs(median(graphPaint))} vs ${formatMs(median(d3Paint))} ms`,
          p95: `${formatMs(p95(graphPaint))} vs ${formatMs(p95(d3Paint))} ms`,
          budget: "before d3 on canvas",
          met: median(graphPaint) < median(d3Paint),
        };

  const graph20k = view("graph 20000");
  const firstLoad = results.firstLoadKb;
  // The empty page is what any page of this app costs before the explorer's code: the
  // budgets below are read against it (issue 12's notes).
  const emptyPage = firstRender(EMPTY_PAGE);
  const aboveEmptyPage = perRun(app("explorer 2003"), view(EMPTY_PAGE), (explorer, empty) => explorer.interactiveMs - empty.firstRenderMs);
  return [
    timeRow("explorer 2003: time to interactive", interactive("explorer 2003"), 500, "≤ 500 ms"),
    ...(emptyPage.length === 0
      ? []
      : [
          timeRow("empty page of this app (the framework's floor): first render", emptyPage, undefined, "(for comparison)"),
          timeRow("explorer 2003: time to interactive above the empty page, run by run", aboveEmptyPage, undefined, "(for comparison)"),
        ]),
    settledRow,
    timeRow("explorer all years: time to interactive, npm start", interactive("explorer all years"), 1000, "≤ 1,000 ms"),
    timeRow("explorer all years: time to interactive, uncompressed server", interactive("explorer all years, uncompressed server"), undefined, "(for comparison)"),
    firstLoad === undefined
      ? { case: "first-load JavaScript (gzip -9, script tags of index.html)", median: NOT_MEASURED, p95: "–", budget: "≤ 170 KB", met: undefined }
      : { case: "first-load JavaScript (gzip -9, script tags of index.html)", median: `${firstLoad.toFixed(1)} KB`, p95: "–", budget: "≤ 170 KB", met: firstLoad <= 170 },
    ...(results.firstLoadModuleKb === undefined
      ? []
      : [{ case: "first-load JavaScript a browser with modules fetches (noModule tags left out)", median: `${results.firstLoadModuleKb.toFixed(1)} KB`, p95: "–", budget: "(for comparison)", met: undefined }]),
    ...(results.emptyPageFirstLoadKb === undefined
      ? []
      : [{ case: "first-load JavaScript of the empty page (the framework's floor, same measure)", median: `${results.emptyPageFirstLoadKb.toFixed(1)} KB`, p95: "–", budget: "(for comparison)", met: undefined }]),
    timeRow("timeline 10,000: first render", firstRender("timeline 10000"), 400, "≤ 400 ms"),
    ratioRow("timeline 10,000: first render vs vis-timeline", speedups(results, "timeline 10000", "vis-timeline 10000", "firstRenderMs"), 6),
    timeRow("graph 5,000: first paint", graphPaint, 500, "≤ 500 ms"),
    beforeD3,
    ratioRow("graph 5,000: settled vs d3 on canvas", speedups(results, "graph 5000", "d3 canvas 5000", "settledMs"), 4),
    timeRow("graph 20,000: settled", graph20k.map((run) => run.settledMs ?? Number.NaN), 10_000, "≤ 10,000 ms"),
    timeRow("graph 20,000: long frames (> 50 ms) during layout", graph20k.map((run) => run.layout?.over50 ?? Number.NaN), 0, "0", formatCount),
    timeRow("graph 20,000: zoom and pan frame p95", graph20k.map((run) => Math.max(run.zoom?.p95 ?? Number.NaN, run.pan?.p95 ?? Number.NaN)), 17, "≤ 17 ms"),
    timeRow("repeat visit, network off: time to interactive", interactive("explorer 2003, repeat visit offline"), 500, "≤ 500 ms (same budgets)"),
  ];
}

export function formatBudgetTable(rows: readonly BudgetRow[]): string {
  const met = (row: BudgetRow) => (row.met === undefined ? "–" : row.met ? "yes" : "no");
  return [
    "| case | median | p95 | budget | met? |",
    "|---|---|---|---|---|",
    ...rows.map((row) => `| ${row.case} | ${row.median} | ${row.p95} | ${row.budget} | ${met(row)} |`),
  ].join("\n");
}

/** One line per comparison with an anchor: "timeline 10000 first render: 5.1x faster than vis-timeline (budget >= 6x)". */
export function anchorLines(results: BenchResults): string[] {
  const comparisons = [
    { explorer: "timeline 220", anchor: "vis-timeline 220", field: "firstRenderMs", what: "first render", against: "vis-timeline", budget: undefined },
    { explorer: "timeline 2000", anchor: "vis-timeline 2000", field: "firstRenderMs", what: "first render", against: "vis-timeline", budget: undefined },
    { explorer: "timeline 10000", anchor: "vis-timeline 10000", field: "firstRenderMs", what: "first render", against: "vis-timeline", budget: ">= 6x" },
    { explorer: "graph 1000", anchor: "d3 canvas 1000", field: "firstRenderMs", what: "first paint", against: "d3 on canvas", budget: undefined },
    { explorer: "graph 1000", anchor: "d3 canvas 1000", field: "settledMs", what: "settled", against: "d3 on canvas", budget: undefined },
    { explorer: "graph 5000", anchor: "d3 canvas 5000", field: "firstRenderMs", what: "first paint", against: "d3 on canvas", budget: "before it, > 1x" },
    { explorer: "graph 5000", anchor: "d3 canvas 5000", field: "settledMs", what: "settled", against: "d3 on canvas", budget: ">= 4x" },
  ] as const;
  return comparisons.flatMap(({ explorer, anchor, field, what, against, budget }) => {
    const ratios = speedups(results, explorer, anchor, field).filter((ratio) => !Number.isNaN(ratio));
    if (ratios.length === 0) return [];
    const ratio = median(ratios);
    const relation = ratio >= 1 ? `${ratio.toFixed(1)}x faster than` : `${(1 / ratio).toFixed(1)}x slower than`;
    const spread = ratios.length > 1 ? `; runs ${ratios.map((value) => value.toFixed(1)).join(", ")}` : "";
    return [`${explorer} ${what}: ${relation} ${against} (${budget ? `budget ${budget}` : "no budget"}${spread})`];
  });
}
