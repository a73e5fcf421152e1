import { expect, test } from "./fixtures";
import { installPaintedShare, type PaintedShareWindow } from "./paintedShare";

// Resizing a canvas blanks it. The graph is drawn again in the frame that resized it, so a
// window being resized, or presentation mode going full screen, never shows it empty.

test("a resized window never shows the graph blank, not even for a frame", async ({ explorer, page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await installPaintedShare(page);
  await explorer.open();
  await expect(explorer.graph).toHaveAttribute("data-settled", "true");
  // An observer of the canvas's wrapper registered after the page's own, so it is called
  // after the page's in the same step: just before the browser paints the frame.
  await explorer.graph.locator("canvas").first().evaluate((canvas: HTMLCanvasElement) => {
    const seen: number[] = [];
    (window as unknown as { __resizedShares: number[] }).__resizedShares = seen;
    let first = true;
    new ResizeObserver(() => {
      // Its first call reports the size it started with: no resize has happened yet.
      if (first) return void (first = false);
      seen.push((window as unknown as PaintedShareWindow).__paintedShare(canvas));
    }).observe(canvas.parentElement!);
  });
  for (const size of [{ width: 1100, height: 760 }, { width: 1366, height: 768 }, { width: 1024, height: 700 }]) {
    await page.setViewportSize(size);
    await page.waitForTimeout(200);
  }
  const shares = await page.evaluate(() => (window as unknown as { __resizedShares: number[] }).__resizedShares);
  expect(shares.length).toBeGreaterThanOrEqual(3);
  for (const share of shares) expect(share).toBeGreaterThan(0.005);
});
