import type { Locator, Page } from "@playwright/test";

/** The share of a canvas's pixels that are painted (alpha above 0). Runs in the page. */
function paintedShareOf(canvas: HTMLCanvasElement): number {
  if (canvas.width === 0 || canvas.height === 0) return 0;
  const data = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
  let painted = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
  return painted / (data.length / 4);
}

/** The painted share of a canvas the test points at. */
export const paintedShare = (canvas: Locator): Promise<number> => canvas.evaluate(paintedShareOf);

/** Gives the page `window.__paintedShare(canvas)` before its scripts run, for checks made from inside it (an observer, a mark). */
export async function installPaintedShare(page: Page): Promise<void> {
  await page.addInitScript(`window.__paintedShare = ${paintedShareOf.toString()};`);
}

/** The shape `installPaintedShare` gives the page's window, for scripts passed to it. */
export type PaintedShareWindow = Window & { __paintedShare(canvas: HTMLCanvasElement): number };
