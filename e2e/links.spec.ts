import { expect, test } from "./fixtures";

// Links are input from anyone: each of these once crashed the page or was taken loosely
// (issue 8, points 5 and 6). Each now opens the 2003 explorer with what the link got
// right, and one short notice for the rest.

test.describe("a link the app cannot use in full", () => {
  test("a time window of impossible dates opens the year with a notice, and reloading does not bring the fault back", async ({ explorer, page }) => {
    await explorer.open("from=2003-13-45&to=2003-14-99");
    await expect(explorer.linkNotice).toContainText("1 time window ignored (from, to): 2003-13-45 to 2003-14-99 (not two real calendar dates)");
    await expect(explorer.timelineStatus).toHaveText("1 January 2003 – 31 December 2003: 223 meetings.");
    await expect(page).not.toHaveURL(/from=/);
    await explorer.screenshot("link-impossible-window");
    await page.reload();
    await explorer.timelineSettled();
    await expect(explorer.linkNotice).toHaveCount(0);
    await expect(explorer.meetingMarks).toHaveCount(223);
  });

  test("30 February is not a date", async ({ explorer }) => {
    await explorer.open("from=2003-02-30&to=2003-03-10");
    await expect(explorer.linkNotice).toContainText("2003-02-30 to 2003-03-10");
    expect(await explorer.visibleRange()).toEqual({ start: "2003-01-01", end: "2003-12-31" });
  });

  test("1,500 unknown ids give one short notice and the known id is still selected", async ({ explorer, page }) => {
    const unknown = Array.from({ length: 1500 }, (_, i) => `${4739 + i}x`);
    await explorer.open(`m=${["4739", ...unknown].join(",")}`);
    await expect(explorer.linkNotice).toHaveText(/1,500 unknown meeting ids ignored \(m\): 4739x, 4740x, 4741x and 1,497 more\./);
    const text = (await explorer.linkNotice.textContent()) ?? "";
    expect(text.length).toBeLessThan(150);
    // The notice is one line or two, not a wall over the page.
    expect((await explorer.linkNotice.boundingBox())!.height).toBeLessThan(80);
    await expect(explorer.meetingMark(4739)).toHaveAttribute("aria-pressed", "true");
    await expect(explorer.details.getByRole("heading", { name: "Meeting 4739" })).toBeVisible();
    await expect(page).toHaveURL(/\?m=4739$/);
    await explorer.screenshot("link-1500-unknown-ids");
  });

  test("a meeting named 200 times is selected once", async ({ explorer, page }) => {
    await explorer.open(`m=${Array(200).fill("4684").join(",")}`);
    await expect(explorer.meetingMark(4684)).toHaveAttribute("aria-pressed", "true");
    await expect(explorer.details.getByRole("heading", { name: "Meeting 4684" })).toBeVisible();
    await expect(page).toHaveURL(/\?m=4684$/);
    await expect(explorer.linkNotice).toHaveCount(0);
  });

  test("an unknown outcome is named and leaves no filter active", async ({ explorer, page }) => {
    await explorer.open("outcomes=bogus");
    await expect(explorer.linkNotice).toContainText("1 unknown outcome ignored (outcomes): bogus");
    await expect(page.locator("summary", { hasText: "Filters" })).toHaveText("Filters");
    await expect(explorer.meetingMarks).toHaveCount(223);
  });

  test("a year the data does not hold is named, and the page stays on 2003 with its controls enabled", async ({ explorer, page }) => {
    await explorer.open("year=2100");
    await expect(explorer.linkNotice).toContainText("1 year ignored (year): 2100 (the data covers 1946–2022)");
    await expect(page.getByRole("heading", { name: "The Security Council in 2003" })).toBeVisible();
    await expect(explorer.yearSelect).toBeEnabled();
    await expect(explorer.yearSelect).toHaveValue("2003");
    await expect(page.getByRole("button", { name: "All years, 1946–2022" })).toBeEnabled();
    await expect(page).not.toHaveURL(/year=/);
  });

  test("unknown view and stated values are named, and the defaults shown", async ({ explorer }) => {
    await explorer.open("view=table&stated=yes");
    await expect(explorer.linkNotice).toContainText("1 value ignored (stated): yes");
    await expect(explorer.linkNotice).toContainText("1 unknown view ignored (view): table (the views are graph and list)");
    await expect(explorer.graph).toBeVisible();
  });
});

test.describe("a view that fails", () => {
  test("is replaced by a message with a way back, while the other views keep working", async ({ explorer, page }) => {
    // A fault no validation foresaw: writing a row's date (the list alone keeps day and month together with a no-break space) throws while it is drawn.
    await page.addInitScript(() => {
      const original = String.prototype.replace;
      String.prototype.replace = function (this: string, ...args: unknown[]) {
        if ((window as unknown as { breakCounts?: boolean }).breakCounts && args[0] === " " && args[1] === "\u00a0") throw new Error("Injected fault in date formatting");
        return (original as (...a: unknown[]) => string).apply(this, args);
      };
    });
    await explorer.open();
    await page.evaluate(() => ((window as unknown as { breakCounts?: boolean }).breakCounts = true));
    await page.getByText("Filters").click();
    await page.getByRole("radio", { name: "List of meetings" }).check();
    await page.keyboard.press("Escape");
    const listFailure = page.getByRole("alert").filter({ hasText: "The list of meetings could not be shown." });
    await expect(listFailure).toContainText("Injected fault in date formatting");
    await expect(listFailure.getByRole("link", { name: "Open the explorer afresh" })).toHaveAttribute("href", "/");
    // The timeline is untouched and still selects.
    await explorer.meetingMark(4739).click();
    await expect(explorer.meetingMark(4739)).toHaveAttribute("aria-pressed", "true");
    await explorer.screenshot("view-error-boundary");

    await page.evaluate(() => ((window as unknown as { breakCounts?: boolean }).breakCounts = false));
    await listFailure.getByRole("button", { name: "Try again" }).click();
    await expect(page.getByRole("grid", { name: "Meetings" })).toBeVisible();
    await expect(listFailure).toHaveCount(0);
  });

  test("the way back opens the bare explorer", async ({ explorer, page }) => {
    await page.addInitScript(() => {
      const original = String.prototype.replace;
      String.prototype.replace = function (this: string, ...args: unknown[]) {
        if (location.search.includes("view=list") && args[0] === " " && args[1] === "\u00a0") throw new Error("Injected fault in date formatting");
        return (original as (...a: unknown[]) => string).apply(this, args);
      };
    });
    await page.goto("/?view=list&m=4739");
    await page.getByRole("link", { name: "Open the explorer afresh" }).first().click();
    await expect(page).toHaveURL(/\/$/);
    await explorer.timelineSettled();
    await expect(page.getByRole("alert").filter({ hasText: "could not be shown" })).toHaveCount(0);
    await expect(explorer.graph).toBeVisible();
  });
});
