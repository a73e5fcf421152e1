import type { Page } from "@playwright/test";

/**
 * Before the page's scripts run: when the page sets the performance mark `mark`, the share
 * of the graph canvas's pixels painted at that moment is recorded. A mark that says the
 * graph is shown must come after a frame that shows it, not after a blank canvas.
 */
export async function recordGraphPaintAtMark(page: Page, mark: string): Promise<void> {
  await page.addInitScript((name) => {
    const recorded: number[] = [];
    (window as unknown as { __paintedAtMark: number[] }).__paintedAtMark = recorded;
    const setMark = performance.mark.bind(performance);
    performance.mark = (markName: string, options?: PerformanceMarkOptions) => {
      if (markName === name) {
        const canvas = document.querySelector<HTMLCanvasElement>('[aria-label="Participation graph"] canvas');
        let share = -1;
        if (canvas && canvas.width > 0 && canvas.height > 0) {
          const data = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
          let painted = 0;
          for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
          share = painted / (data.length / 4);
        }
        recorded.push(share);
      }
      return setMark(markName, options);
    };
  }, mark);
}

/** The painted shares recorded at each setting of the mark (-1: no graph canvas then). */
export function graphPaintAtMark(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { __paintedAtMark: number[] }).__paintedAtMark);
}
