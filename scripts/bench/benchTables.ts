// The benchmark's detailed tables (views with their anchors, the explorer itself), as
// printed and as written to bench-results/bench.json. Pure.
import type { AppRun, ViewRun } from "./measure";
import { median, medianSummary, p95, type FrameSummary } from "./stats";

export interface ViewRow {
  name: string;
  firstRenderMs: number;
  settledMs: number | undefined;
  layout: FrameSummary | undefined;
  zoom: FrameSummary | undefined;
  pan: FrameSummary | undefined;
  heapMb: number;
}

const spread = (values: number[]) => ({ median: median(values), p95: p95(values) });

export interface AppRow {
  name: string;
  interactiveMs: { median: number; p95: number };
  layoutSource: string;
  graphSettleMs: { median: number; p95: number };
  selectionSyncMs: { median: number; p95: number };
  selectionSyncFrames: number;
  jsGzipKb: number;
}

export function summariseViews(runs: Readonly<Record<string, readonly ViewRun[]>>): ViewRow[] {
  return Object.entries(runs).map(([name, list]) => ({
    name,
    firstRenderMs: median(list.map((run) => run.firstRenderMs)),
    settledMs: list[0]?.settledMs === undefined ? undefined : median(list.map((run) => run.settledMs ?? Number.NaN)),
    layout: list[0]?.layout ? medianSummary(list.map((run) => run.layout!)) : undefined,
    zoom: list[0]?.zoom ? medianSummary(list.map((run) => run.zoom!)) : undefined,
    pan: list[0]?.pan ? medianSummary(list.map((run) => run.pan!)) : undefined,
    heapMb: Math.max(...list.map((run) => run.heapMb)),
  }));
}

export function summariseApp(runs: Readonly<Record<string, readonly AppRun[]>>): AppRow[] {
  return Object.entries(runs).map(([name, list]) => ({
    name,
    interactiveMs: spread(list.map((run) => run.interactiveMs)),
    layoutSource: [...new Set(list.map((run) => run.layoutSource))].join("/"),
    graphSettleMs: spread(list.map((run) => run.graphSettleMs)),
    selectionSyncMs: spread(list.map((run) => run.selectionSyncMs)),
    selectionSyncFrames: median(list.map((run) => run.selectionSyncFrames)),
    jsGzipKb: median(list.map((run) => run.jsGzipKb)),
  }));
}

const fmt = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? "–" : value >= 100 ? String(Math.round(value)) : value.toFixed(1));
const frames = (summary: FrameSummary | undefined) => (summary ? `${fmt(summary.median)}/${fmt(summary.p95)}/${fmt(summary.over50)}` : "–");

export function formatViewTable(rows: readonly ViewRow[]): string {
  return [
    "| case | first render ms | settled ms | during layout | zoom | pan | heap MB |",
    "|---|---|---|---|---|---|---|",
    ...rows.map((row) => `| ${row.name} | ${fmt(row.firstRenderMs)} | ${fmt(row.settledMs)} | ${frames(row.layout)} | ${frames(row.zoom)} | ${frames(row.pan)} | ${fmt(row.heapMb)} |`),
  ].join("\n");
}

export function formatAppTable(rows: readonly AppRow[]): string {
  const pair = (value: { median: number; p95: number }) => `${fmt(value.median)}/${fmt(value.p95)}`;
  return [
    "| app | explorer:interactive ms (median/p95) | graph settled ms (median/p95), layout from | click to both views painted ms (median/p95), frames | JS fetched gzip KB |",
    "|---|---|---|---|---|",
    ...rows.map((row) => `| ${row.name} | ${pair(row.interactiveMs)} | ${pair(row.graphSettleMs)}, ${row.layoutSource} | ${pair(row.selectionSyncMs)}, ${fmt(row.selectionSyncFrames)} | ${fmt(row.jsGzipKb)} |`),
  ].join("\n");
}
