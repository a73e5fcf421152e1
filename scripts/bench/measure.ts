import { gzipSync } from "node:zlib";
import type { Browser, Page } from "@playwright/test";
import { frameRecorderScript, framesSince, markTime, now, peakHeapMb, scriptedPan, scriptedZoom } from "./browser";
import { frameIntervals, median, summariseFrames, type FrameSummary } from "./stats";

export interface ViewRun {
  firstRenderMs: number;
  settledMs?: number;
  layout?: FrameSummary;
  /** Absent for a page with no view to move (the empty page). */
  zoom?: FrameSummary;
  pan?: FrameSummary;
  heapMb: number;
}

async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(frameRecorderScript);
  return page;
}

async function framesDuring(page: Page, action: () => Promise<void>): Promise<FrameSummary> {
  const start = await now(page);
  await action();
  await page.waitForTimeout(100);
  return summariseFrames(frameIntervals(await framesSince(page, start)));
}

/** One run of a benchmark page: first render, layout (graph), then zoom and pan (when it `moves`). */
export async function measureView(browser: Browser, baseUrl: string, path: string, waitForSettled: boolean, moves = true): Promise<ViewRun> {
  const page = await freshPage(browser);
  try {
    await page.goto(`${baseUrl}${path}`);
    const firstRenderMs = await markTime(page, "bench:first-render");
    let settledMs: number | undefined;
    let layout: FrameSummary | undefined;
    if (waitForSettled) {
      settledMs = await markTime(page, "bench:settled", 120_000);
      layout = summariseFrames(frameIntervals(await framesSince(page, firstRenderMs, settledMs)));
    }
    const heapAfterLoad = await peakHeapMb(page);
    if (!moves) return { firstRenderMs, settledMs, layout, heapMb: heapAfterLoad };
    const zoom = await framesDuring(page, () => scriptedZoom(page, "body"));
    const pan = await framesDuring(page, () => scriptedPan(page, "body"));
    const heapMb = Math.max(heapAfterLoad, await peakHeapMb(page));
    return { firstRenderMs, settledMs, layout, zoom, pan, heapMb };
  } finally {
    await page.context().close();
  }
}

/**
 * Runs in the page. A string, not a function, because tsx would wrap a named inner
 * function in a helper that does not exist in the browser.
 */
const clickUntilBothPaintedScript = `window.__clickUntilBothPainted = (id) => new Promise((resolve) => {
  const element = document.querySelector('[data-visible-start] [data-meeting-id="' + id + '"]');
  if (!element) { resolve({ ms: NaN, frames: NaN }); return; }
  const expected = id + "|";
  const start = performance.now();
  element.click();
  let frames = 0;
  const check = () => {
    frames += 1;
    if (document.querySelectorAll('[data-painted-selection="' + expected + '"]').length >= 2) resolve({ ms: performance.now() - start, frames });
    else if (frames > 120) resolve({ ms: NaN, frames });
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
});`;

/** Meetings clicked in turn for the selection-sync figure (all in the 2003 view). */
const syncMeetings = ["4739", "4694", "4842", "4761", "4739"];

export interface AppRun {
  /** The page's own mark, explorer:interactive (both views painted, the graph settled, every asked-for year in). */
  interactiveMs: number;
  /** Where the graph's first settled picture came from: "prelaid" (made at build time) or "worker". */
  layoutSource: string;
  /** The graph's own layout time, from the worker's start to settled (its data-settle-ms). */
  graphSettleMs: number;
  /** Median over several clicks: from the click to the frame in which both views have painted it. */
  selectionSyncMs: number;
  /** In how many animation frames after the click that happened (1: the very next frame). */
  selectionSyncFrames: number;
  jsGzipKb: number;
}

/**
 * The real explorer: time until both views are drawn and the graph has settled, then
 * the time from a click on a meeting mark to the frame in which both views have
 * painted that selection (each view stamps `data-painted-selection` when it draws).
 */
export async function measureApp(browser: Browser, baseUrl: string, path: string, readyHeading: string, readJs: (url: string) => Buffer | undefined, options: { repeatOffline?: boolean } = {}): Promise<AppRun> {
  const page = await freshPage(browser);
  await page.addInitScript(clickUntilBothPaintedScript);
  const scripts: string[] = [];
  page.on("response", (response) => {
    if (response.url().endsWith(".js")) scripts.push(response.url());
  });
  try {
    await page.goto(`${baseUrl}${path}`);
    if (options.repeatOffline) {
      // A second visit with the network off: everything must come from the service worker.
      await markTime(page, "explorer:interactive", 120_000);
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      await page.context().setOffline(true);
      scripts.length = 0;
      await page.reload();
    }
    const interactiveMs = await markTime(page, "explorer:interactive", 120_000);
    await page.waitForFunction((heading) => document.querySelector("h1")?.textContent === heading, readyHeading);
    const graph = page.locator("[data-settle-ms]").first();
    const graphSettleMs = Number(await graph.getAttribute("data-settle-ms"));
    const layoutSource = (await graph.getAttribute("data-layout-source")) ?? "–";
    await page.locator(`[data-visible-start] [data-meeting-id="${syncMeetings[0]}"]`).waitFor();
    const clicks: Array<{ ms: number; frames: number }> = [];
    for (const id of syncMeetings) {
      await page.waitForTimeout(300);
      clicks.push(await page.evaluate((meetingId) => (window as unknown as { __clickUntilBothPainted(id: string): Promise<{ ms: number; frames: number }> }).__clickUntilBothPainted(meetingId), id));
    }
    const selectionSyncMs = median(clicks.map((click) => click.ms));
    const selectionSyncFrames = median(clicks.map((click) => click.frames));
    const jsGzipKb = [...new Set(scripts)].reduce((total, url) => total + (gzipSync(readJs(url) ?? Buffer.alloc(0)).length), 0) / 1024;
    return { interactiveMs, layoutSource, graphSettleMs, selectionSyncMs, selectionSyncFrames, jsGzipKb };
  } finally {
    await page.context().close();
  }
}
