import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const interactiveMarks = (page: Page) => page.evaluate(() => performance.getEntriesByName("explorer:interactive", "mark").length);

/** Finds a node the way a user does: moving the pointer until the canvas offers to grab something. */
async function findNode(page: Page, canvas: Locator): Promise<{ x: number; y: number }> {
  const box = (await canvas.boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  for (let ring = 0; ring < 40; ring++) {
    for (let step = 0; step < 16; step++) {
      const angle = (step / 16) * Math.PI * 2;
      const x = cx + Math.cos(angle) * ring * 8;
      const y = cy + Math.sin(angle) * ring * 8;
      await page.mouse.move(x, y);
      if ((await canvas.evaluate((element) => (element as HTMLCanvasElement).style.cursor)) === "pointer") return { x, y };
    }
  }
  throw new Error("no node under the pointer anywhere near the middle of the graph");
}

test.describe("a page that is ready at once", () => {
  test("the 2003 graph opens settled from the layout made at build time, and a node can still be dragged", async ({ explorer, page }) => {
    await explorer.open();
    await expect(explorer.graph).toHaveAttribute("data-layout-source", "prelaid");
    await expect(explorer.graph).toHaveAttribute("data-settled", "true");
    await expect.poll(() => interactiveMarks(page)).toBe(1);

    const canvas = explorer.graph.locator("canvas").first();
    const node = await findNode(page, canvas);
    const to = { x: node.x + 50, y: node.y + 35 };
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 8 });
    await page.mouse.up();
    // The node stays where it was dropped: the pointer finds it there.
    await page.mouse.move(to.x + 1, to.y + 1);
    await expect.poll(() => canvas.evaluate((element) => (element as HTMLCanvasElement).style.cursor)).toBe("pointer");
    expect(await interactiveMarks(page)).toBe(1);
  });

  test("every year's graph is laid out at build time too, and the page marks itself interactive once every year is in", async ({ explorer, page }) => {
    await page.goto("/?years=all");
    await expect(page.getByRole("heading", { name: "The Security Council, 1946–2022" })).toBeVisible({ timeout: 30_000 });
    await expect(explorer.graph).toHaveAttribute("data-layout-source", "prelaid");
    await expect.poll(() => interactiveMarks(page)).toBe(1);
    const markedAt = await page.evaluate(() => performance.getEntriesByName("explorer:interactive", "mark")[0]!.startTime);
    const lastDataFile = await page.evaluate(() =>
      Math.max(...performance.getEntriesByType("resource").filter((entry) => entry.name.includes("/data/")).map((entry) => (entry as PerformanceResourceTiming).responseEnd)),
    );
    expect(markedAt).toBeGreaterThan(lastDataFile);
  });
});
