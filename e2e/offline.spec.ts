import { expect, participantsOf4739, test } from "./fixtures";
import { findNode, grabbableAt } from "./graphPointer";

test.describe("offline, after one visit", () => {
  test("the page reloads with the network off and the timeline and graph still work together", async ({ explorer, page, context }) => {
    await explorer.open();
    // The service worker has installed and precached the page once it is active.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));

    await context.setOffline(true);
    await page.reload();
    await explorer.timelineSettled();
    await expect(page.getByRole("heading", { name: "The Security Council in 2003" })).toBeVisible();
    // Said even where the browser still reports a network (navigator.onLine), as Chromium does after a reload here.
    await expect(page.getByRole("status").filter({ hasText: "You are offline" })).toBeVisible();
    // Really offline: a file nobody has fetched before cannot be had.
    expect(await page.evaluate(() => fetch("/data/meetings/1990.json").then(() => "fetched", () => "failed"))).toBe("failed");

    // A drag starts the layout worker, from the saved copy too.
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    const canvas = explorer.graph.locator("canvas").first();
    const node = await findNode(page, canvas);
    await page.mouse.down();
    await page.mouse.move(node.x + 40, node.y + 30, { steps: 6 });
    await page.mouse.up();
    await page.mouse.move(node.x + 41, node.y + 31);
    await expect.poll(() => grabbableAt(canvas, { x: node.x + 41, y: node.y + 31 })).toBe(true);
    await expect(explorer.graph).not.toContainText("The layout failed");
    expect(errors).toEqual([]);

    await explorer.meetingMark(4739).click();
    for (const name of participantsOf4739) await expect(explorer.graphNode(name)).toHaveAttribute("data-highlighted", "true");
    await page.keyboard.press("Escape");
    await explorer.searchAndChoose("African Union", /^African Union/);
    await expect(explorer.graphNode("African Union")).toHaveAttribute("aria-selected", "true");
    await expect(explorer.meetingMark(4739)).toHaveAttribute("data-highlighted", "true");

    // The network back, the notice goes: the page asks the server again when the browser says
    // it is online, and every 10 s while it gets no answer (here the browser never said it was not).
    await context.setOffline(false);
    await expect(page.getByRole("status").filter({ hasText: "You are offline" })).toHaveCount(0, { timeout: 15_000 });
  });
});

test.describe("the service worker's first install", () => {
  test("waits until every year is loaded and interactive, so its downloads do not slow that load", async ({ page }) => {
    // When the page asks the browser to register the worker, against the explorer's mark.
    await page.addInitScript(() => {
      const register = ServiceWorkerContainer.prototype.register;
      ServiceWorkerContainer.prototype.register = function (...args: Parameters<typeof register>) {
        (window as unknown as { registeredAt: number }).registeredAt = performance.now();
        return register.apply(this, args);
      };
    });
    await page.goto("/?years=all");
    await expect(page.getByRole("heading", { name: "The Security Council, 1946–2022" })).toBeVisible({ timeout: 90_000 });
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    const { registeredAt, interactiveAt } = await page.evaluate(() => ({
      registeredAt: (window as unknown as { registeredAt?: number }).registeredAt,
      interactiveAt: performance.getEntriesByName("explorer:interactive", "mark")[0]?.startTime,
    }));
    expect(interactiveAt).toBeGreaterThan(0);
    expect(registeredAt).toBeGreaterThan(interactiveAt!);
  });
});

test.describe("a new version", () => {
  test("is announced and waits for the user's word before it takes over", async ({ explorer, page }) => {
    const { appendFile, readFile, rm, writeFile } = await import("node:fs/promises");
    const worker = new URL("../out/sw.js", import.meta.url);
    // The server prefers the compressed copies: set them aside so the changed bytes are served.
    const copies = [".br", ".gz"].map((suffix) => new URL(`../out/sw.js${suffix}`, import.meta.url));
    const originals = await Promise.all([worker, ...copies].map((file) => readFile(file)));
    try {
      await Promise.all(copies.map((file) => rm(file)));
      await explorer.open();
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      await page.reload();
      await explorer.timelineSettled();
      await explorer.meetingMark(4739).click();

      // A new build: the worker's bytes change and the page checks for it.
      await appendFile(worker, "\n// a newer build\n");
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
      const notice = page.getByRole("status").filter({ hasText: "A new version of Council Explorer is ready" });
      await expect(notice).toBeVisible();
      // Nothing was reloaded under the class: the selection is still there.
      await expect(explorer.meetingMark(4739)).toHaveAttribute("aria-pressed", "true");

      await notice.getByRole("button", { name: "Reload now" }).click();
      await expect(notice).toBeHidden();
      await explorer.timelineSettled();
      expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/sw\.js$/);
    } finally {
      await Promise.all([worker, ...copies].map((file, i) => writeFile(file, originals[i]!)));
    }
  });
});
