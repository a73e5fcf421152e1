import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "@playwright/test";

const debianChromium = "/usr/bin/chromium";

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    ...(existsSync(debianChromium) ? { executablePath: debianChromium } : {}),
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
  });
}

/** Installed before any page script: records every rAF timestamp from navigation on. */
export const frameRecorderScript = `
  window.__frames = [];
  const record = (t) => { window.__frames.push(t); requestAnimationFrame(record); };
  requestAnimationFrame(record);
`;

export async function framesSince(page: Page, from: number, to = Number.POSITIVE_INFINITY): Promise<number[]> {
  return page.evaluate(([start, end]) => (window as unknown as { __frames: number[] }).__frames.filter((t) => t >= start && t <= end), [from, to] as const);
}

export async function now(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

export async function markTime(page: Page, name: string, timeoutMs = 60_000): Promise<number> {
  const handle = await page.waitForFunction((mark) => performance.getEntriesByName(mark)[0]?.startTime, name, { timeout: timeoutMs, polling: 50 });
  return (await handle.jsonValue()) as number;
}

/** 30 wheel notches at the centre, one per frame or so, as the anchors were measured. */
export async function scriptedZoom(page: Page, selector: string): Promise<void> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`scriptedZoom: ${selector} has no box`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let notch = 0; notch < 30; notch++) {
    await page.mouse.wheel(0, notch < 15 ? -120 : 120);
    await page.waitForTimeout(16);
  }
}

/** A 20-step drag across the middle. */
export async function scriptedPan(page: Page, selector: string): Promise<void> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`scriptedPan: ${selector} has no box`);
  const y = box.y + box.height / 2;
  const x = box.x + box.width * 0.7;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let step = 1; step <= 20; step++) {
    await page.mouse.move(x - step * 20, y);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
}

export async function peakHeapMb(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send("Performance.enable");
  const { metrics } = await session.send("Performance.getMetrics");
  await session.detach();
  const used = metrics.find((metric) => metric.name === "JSHeapUsedSize")?.value ?? 0;
  return used / 1024 / 1024;
}

/** A closed page's renderer is torn down (and its heap collected) after close() returns,
 * so the case after a heavy one (the 20,000-node graph comes just before the explorer)
 * shared the machine with that teardown: the 2003 explorer measured 698 ms in a full run,
 * 593–618 ms run alone, 604 ms in a full run with this pause. A visitor's first load does
 * not share the machine with another page's teardown either. */
const PAUSE_BETWEEN_PAGES_MS = 750;

/** Waits before opening the next measured page (npm run bench, bench:ab). */
export const pauseBetweenPages = () => new Promise<void>((resolve) => setTimeout(resolve, PAUSE_BETWEEN_PAGES_MS));
