import { expect, test } from "./fixtures";

test.describe("every year, 1946–2022", () => {
  test("zooms out from 2003 to the whole record and back", async ({ explorer, page }) => {
    await explorer.open();
    await page.getByRole("button", { name: "All years, 1946–2022" }).click();
    await expect(page.getByRole("heading", { name: "The Security Council, 1946–2022" })).toBeVisible({ timeout: 30_000 });
    await expect(page).toHaveURL(/years=all/);
    const opening = await explorer.visibleRange();
    expect(opening.start.slice(0, 4)).toBe("2003");

    await explorer.timeline.focus();
    for (let step = 0; step < 12; step++) await page.keyboard.press("-");
    await expect.poll(async () => (await explorer.visibleRange()).start.slice(0, 4)).toBe("1946");
    await expect.poll(async () => (await explorer.visibleRange()).end.slice(0, 4) >= "2022").toBe(true);

    await page.keyboard.press("0");
    await expect.poll(() => explorer.visibleRange()).toEqual(opening);
  });

  test("opens on every year from a link that asks for them, still on 2003", async ({ explorer, page }) => {
    await page.goto("/?years=all&m=4739");
    await expect(page.getByRole("heading", { name: "The Security Council, 1946–2022" })).toBeVisible({ timeout: 30_000 });
    await expect(page).toHaveURL(/years=all/);
    await expect.poll(async () => (await explorer.visibleRange()).start.slice(0, 4)).toBe("2003");
    await expect(explorer.meetingMark(4739)).toHaveAttribute("aria-pressed", "true");
  });

  test("jumps to 1990 from the URL and shows a 1990 meeting's subject in the graph", async ({ explorer, page }) => {
    await page.goto("/?year=1990");
    await expect(page.getByRole("heading", { name: "The Security Council, 1946–2022" })).toBeVisible({ timeout: 30_000 });
    await expect.poll(async () => (await explorer.visibleRange()).start.slice(0, 4)).toBe("1990");
    // S/PV.2932, 2 August 1990: the situation between Iraq and Kuwait (resolution 660).
    await explorer.meetingMark(2932).click();
    await expect(explorer.meetingMark(2932)).toHaveAttribute("aria-pressed", "true");
    await expect(explorer.graphNode("Iraq")).toHaveAttribute("data-highlighted", "true");
    await expect(explorer.graphNode("Kuwait")).toHaveAttribute("data-highlighted", "true");
  });
});
