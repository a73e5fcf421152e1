import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { findNode, grabbableAt } from "./graphPointer";
import { graphPaintAtMark, recordGraphPaintAtMark } from "./paintedAtMark";

const interactiveMarks = (page: Page) => page.evaluate(() => performance.getEntriesByName("explorer:interactive", "mark").length);

test.describe("a page that is ready at once", () => {
  test("the 2003 graph opens settled from the layout made at build time, and a node can still be dragged", async ({ explorer, page }) => {
    await recordGraphPaintAtMark(page, "explorer:interactive");
    await explorer.open();
    await expect(explorer.graph).toHaveAttribute("data-layout-source", "prelaid");
    await expect(explorer.graph).toHaveAttribute("data-settled", "true");
    await expect.poll(() => interactiveMarks(page)).toBe(1);
    // The page says it is interactive after a frame that shows the graph, not a blank canvas.
    const atMark = await graphPaintAtMark(page);
    expect(atMark).toHaveLength(1);
    expect(atMark[0]).toBeGreaterThan(0.01);

    const canvas = explorer.graph.locator("canvas").first();
    const box = (await canvas.boundingBox())!;
    const node = await findNode(page, canvas);
    // Another node, far from the first: a drag moves only the dragged node and its neighbours.
    const far = await findNode(page, canvas, { x: node.x < box.x + box.width / 2 ? node.x + box.width / 3 : node.x - box.width / 3, y: node.y });
    const to = { x: node.x + 50, y: node.y + 35 };
    await page.mouse.move(node.x, node.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 8 });
    await page.mouse.up();
    // The node stays where it was dropped: the pointer finds it there.
    const grabbable = async (point: { x: number; y: number }) => {
      await page.mouse.move(point.x, point.y);
      return grabbableAt(canvas, point);
    };
    await expect.poll(() => grabbable({ x: to.x + 1, y: to.y + 1 })).toBe(true);
    // The layout woke from the build's positions, not from scratch: the far node has not moved.
    await page.waitForTimeout(500);
    await page.mouse.move(far.x + 30, far.y + 30);
    expect(await grabbable(far)).toBe(true);
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

  test("the scripts the page loads by itself carry the compile hint, and a chunk loaded later does not", async ({ explorer, page }) => {
    const scripts: Array<{ url: string; body: Promise<string> }> = [];
    page.on("response", (response) => {
      if (new URL(response.url()).pathname.endsWith(".js") && response.request().resourceType() === "script") scripts.push({ url: response.url(), body: response.text() });
    });
    await explorer.open();
    await expect.poll(() => interactiveMarks(page)).toBe(1);
    // The page's own tags, as served: the runtime adds a tag for each chunk it loads later.
    const tags = await page.evaluate(async () => {
      const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), "text/html");
      return [...served.querySelectorAll("script[src]:not([nomodule])")].map((script) => new URL(script.getAttribute("src")!, location.href).href);
    });
    expect(tags.length).toBeGreaterThan(3);
    for (const url of tags) {
      const loaded = scripts.find((script) => script.url === url);
      expect(loaded, url).toBeDefined();
      expect((await loaded!.body).startsWith("//# allFunctionsCalledOnLoad\n"), url).toBe(true);
    }

    // The list of meetings is a chunk of its own, fetched when first asked for.
    const before = scripts.length;
    await page.getByText("Filters").click();
    await page.getByRole("radio", { name: "List of meetings" }).check();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("grid", { name: "Meetings" })).toBeVisible();
    const later = scripts.slice(before).filter((script) => !tags.includes(script.url));
    expect(later.length).toBeGreaterThan(0);
    for (const script of later) expect((await script.body).startsWith("//#"), script.url).toBe(false);
  });

  test("a link to every year starts fetching its files while the page's scripts load, each file once", async ({ page }) => {
    await page.goto("/?years=all&m=4739");
    await expect(page.getByRole("heading", { name: "The Security Council, 1946–2022" })).toBeVisible({ timeout: 30_000 });
    const requests = await page.evaluate(() =>
      performance.getEntriesByType("resource").map((entry) => ({ path: new URL(entry.name).pathname, initiator: (entry as PerformanceResourceTiming).initiatorType })),
    );
    for (const file of ["/data/all-years.json", "/data/graph-layout-all.json", "/data/entities.json", "/data/presidencies.json", "/data/subject-areas.json"]) {
      // Asked for by the page's preload links, then taken by the view's fetch() without a second request.
      expect(requests.filter((request) => request.path === file), file).toEqual([{ path: file, initiator: "link" }]);
    }
  });

  test("a link to the default year preloads nothing it will not use", async ({ explorer, page }) => {
    await explorer.open("m=4739");
    expect(await page.locator("link[rel=preload][as=fetch]").count()).toBe(0);
    const dataRequests = await page.evaluate(() => performance.getEntriesByType("resource").filter((entry) => entry.name.includes("/data/")).length);
    expect(dataRequests).toBe(0);
  });
});
