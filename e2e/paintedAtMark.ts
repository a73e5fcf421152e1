import type { Page } from "@playwright/test";
import { installPaintedShare, type PaintedShareWindow } from "./paintedShare";

/**
 * Before the page's scripts run: when the page sets the performance mark `mark`, the share
 * of the graph canvas's pixels painted at that moment is recorded. A mark that says the
 * graph is shown must come after a frame that shows it, not after a blank canvas.
 */
export async function recordGraphPaintAtMark(page: Page, mark: string): Promise<void> {
  await installPaintedShare(page);
  await page.addInitScript((name) => {
    const recorded: number[] = [];
    (window as unknown as { __paintedAtMark: number[] }).__paintedAtMark = recorded;
    const setMark = performance.mark.bind(performance);
    performance.mark = (markName: string, options?: PerformanceMarkOptions) => {
      if (markName === name) {
        const canvas = document.querySelector<HTMLCanvasElement>('[aria-label="Participation graph"] canvas');
        recorded.push(canvas ? (window as unknown as PaintedShareWindow).__paintedShare(canvas) : -1);
      }
      return setMark(markName, options);
    };
  }, mark);
}

/** The painted shares recorded at each setting of the mark (-1: no graph canvas then, 0: one without a size or blank). */
export function graphPaintAtMark(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { __paintedAtMark: number[] }).__paintedAtMark);
}
