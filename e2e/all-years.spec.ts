import { collectPageErrors, coverageNote, expect, test } from "./fixtures";

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
    // The data names 2003's presidents only: 1990's row says so rather than stand empty.
    await expect(explorer.timeline.locator('[data-row="presidency"] text')).toHaveText(["Presidency not in the data for these months"]);
    // S/PV.2932, 2 August 1990: the situation between Iraq and Kuwait (resolution 660).
    await explorer.meetingMark(2932).click();
    await expect(explorer.meetingMark(2932)).toHaveAttribute("aria-pressed", "true");
    await expect(explorer.graphNode("Iraq")).toHaveAttribute("data-highlighted", "true");
    await expect(explorer.graphNode("Kuwait")).toHaveAttribute("data-highlighted", "true");
  });
});

// Loading every year fetches about 150 files; on a busy machine that takes a while.
const loadTimeout = { timeout: 90_000 * Math.max(1, Number(process.env.E2E_TIMEOUT_SCALE ?? 1)) };

test.describe("every year, in one request", () => {
  test("comes from the one-file bundle, not from a file per year", async ({ explorer, page }) => {
    const dataRequests: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/data/")) dataRequests.push(new URL(request.url()).pathname);
    });
    await explorer.open();
    await page.getByRole("button", { name: "All years, 1946–2022" }).click();
    await expect(page.getByRole("heading", { name: "The Security Council, 1946–2022" })).toBeVisible(loadTimeout);
    expect(dataRequests.filter((url) => url === "/data/all-years.json")).toHaveLength(1);
    expect(dataRequests.filter((url) => /\/data\/(meetings|participations)\//.test(url))).toEqual([]);
    await explorer.yearSelect.selectOption("1990");
    await expect(explorer.meetingMark(2932)).toBeVisible();
  });
});

test.describe("a link to every year, while the years load", () => {
  test("the 2003 view is usable, showing the load's progress, until every year comes", async ({ explorer, page }) => {
    const errors = collectPageErrors(page);
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/data/all-years.json", async (route) => {
      await released;
      await route.continue();
    });
    await page.goto("/?years=all");
    await expect(page.getByRole("progressbar", { name: "Loading every year's meetings" })).toBeVisible();
    // Its marks' buttons sit over the canvas and follow the layout: a click while it still settles can land beside the mark.
    await explorer.timelineSettled();
    await explorer.meetingMark(4739).click();
    await expect(explorer.meetingMark(4739)).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByRole("heading", { name: "The Security Council in 2003" })).toBeVisible();

    release();
    await expect(page.getByRole("heading", { name: "The Security Council, 1946–2022" })).toBeVisible(loadTimeout);
    await expect(page.getByRole("progressbar", { name: "Loading every year's meetings" })).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test("a load that fails at once leaves the 2003 view with the problem named", async ({ explorer, page }) => {
    await page.route("**/data/entities.json", (route) => route.fulfill({ status: 404, body: "not here" }));
    await page.goto("/?years=all");
    await expect(page.getByRole("alert").filter({ hasText: "Could not load the other years" })).toContainText("/data/entities.json: HTTP 404");
    await expect(page.getByRole("heading", { name: "The Security Council in 2003" })).toBeVisible();
    await expect(explorer.meetingMarks).toHaveCount(223);
    await expect(explorer.yearSelect).toBeEnabled();
  });
});

test.describe("every year, when a year's file is bad", () => {
  // Without the one-file bundle (an older deploy, or a failed request) the years come one by one.
  test.beforeEach(async ({ page }) => {
    await page.route("**/data/all-years.json", (route) => route.fulfill({ status: 404, body: "not here" }));
  });
  test("a missing year is named with a retry, the other years load, and no control stays disabled", async ({ explorer, page }) => {
    test.slow();
    await page.route("**/data/meetings/1990.json", (route) => route.fulfill({ status: 404, body: "not here" }));
    await explorer.open();
    await page.getByRole("button", { name: "All years, 1946–2022" }).click();
    await expect(page.getByRole("heading", { name: "The Security Council, 1946–2022" })).toBeVisible(loadTimeout);
    const problem = page.getByRole("alert").filter({ hasText: "1990 could not be loaded" });
    await expect(problem).toContainText("/data/meetings/1990.json: HTTP 404");
    await expect(page.getByRole("status").filter({ hasText: "Loading" })).toHaveCount(0);
    await expect(explorer.yearSelect).toBeEnabled();
    await expect(page.getByRole("button", { name: "Back to 2003" })).toBeEnabled();
    await expect(explorer.yearSelect.getByRole("option", { name: "1990 (not loaded)" })).toHaveCount(1);
    await explorer.screenshot("all-years-missing-1990");

    // The years around it are there.
    await explorer.yearSelect.selectOption("1991");
    await expect.poll(async () => (await explorer.visibleRange()).start.slice(0, 4)).toBe("1991");
    await explorer.timelineSettled();
    await expect(explorer.meetingMarks.first()).toBeVisible();

    await page.unroute("**/data/meetings/1990.json");
    await page.getByRole("button", { name: "Retry 1990" }).click();
    await expect(problem).toHaveCount(0, loadTimeout);
    // The retried year joins the same view: the chosen year stays, in the view and the link.
    await expect(explorer.yearSelect).toHaveValue("1991");
    await expect(page).toHaveURL(/year=1991/);
    await expect(explorer.yearSelect.getByRole("option", { name: "1990", exact: true })).toHaveCount(1);
    await explorer.yearSelect.selectOption("1990");
    await expect.poll(async () => (await explorer.visibleRange()).start.slice(0, 4)).toBe("1990");
    await expect(explorer.meetingMark(2932)).toBeVisible();
  });

  test("files of the wrong shape are refused by name, and a link into the bad year still opens", async ({ explorer, page }) => {
    test.slow();
    // A real 1990 file with one impossible date, and a 1991 edge file that is not a list.
    await page.route("**/data/meetings/1990.json", async (route) => {
      const response = await route.fetch();
      const meetings = (await response.json()) as Array<{ date: string }>;
      meetings[0]!.date = "1990-02-30";
      await route.fulfill({ response, json: meetings });
    });
    await page.route("**/data/participations/1991.json", (route) => route.fulfill({ json: { participations: "not a list" } }));
    await page.goto("/?years=all&year=1990");
    await expect(page.getByRole("heading", { name: "The Security Council, 1946–2022" })).toBeVisible(loadTimeout);
    const problem = page.getByRole("alert").filter({ hasText: "2 years could not be loaded" });
    await expect(problem).toContainText('/data/meetings/1990.json: [0].date: expected a real calendar date (YYYY-MM-DD), got "1990-02-30"');
    await expect(problem).toContainText("/data/participations/1991.json: the file: expected an array, got an object");
    await expect(problem).not.toContainText("is not iterable");
    await expect(page.getByRole("button", { name: "Retry 2 years" })).toBeEnabled();
    await explorer.timelineSettled();
    await expect(page.getByRole("alert").filter({ hasText: "could not be shown" })).toHaveCount(0);
    await explorer.screenshot("all-years-wrong-shape");
  });
});

test.describe("every year, when a file all years need is missing", () => {
  test("says so with the file named, keeps the 2003 view, and tries again", async ({ explorer, page }) => {
    test.slow();
    await page.route("**/data/entities.json", (route) => route.fulfill({ status: 404, body: "not here" }));
    await explorer.open();
    await page.getByRole("button", { name: "All years, 1946–2022" }).click();
    const problem = page.getByRole("alert").filter({ hasText: "Could not load the other years" });
    await expect(problem).toHaveText(/\/data\/entities\.json: HTTP 404\. The 2003 view is unchanged\./);
    await expect(page.getByRole("heading", { name: "The Security Council in 2003" })).toBeVisible();
    await expect(page.getByRole("button", { name: "All years, 1946–2022" })).toBeEnabled();
    await expect(explorer.yearSelect).toBeEnabled();
    await expect(explorer.meetingMarks).toHaveCount(223);

    await page.unroute("**/data/entities.json");
    await problem.getByRole("button", { name: "Try again" }).click();
    await expect(page.getByRole("heading", { name: "The Security Council, 1946–2022" })).toBeVisible(loadTimeout);
    await expect(problem).toHaveCount(0);
  });
});

test.describe("leaving every year", () => {
  test("a control returns to 2003, and the status line, lane counts and list count 223 meetings in both modes", async ({ explorer, page }) => {
    test.slow();
    const year2003 = "1 January 2003 – 31 December 2003: 223 meetings.";
    await explorer.open("view=list");
    await expect(explorer.timelineStatus).toHaveText(year2003);
    expect(await explorer.laneCountTotal()).toBe(223);
    await expect(page.getByRole("grid", { name: "Meetings" }).locator("caption")).toHaveText("223 meetings");
    const summary = explorer.details.getByRole("region", { name: "Outcomes in view" });
    await expect(coverageNote(page)).toHaveText("Participants known for 2 of 223 meetings");
    await expect(summary).toContainText("223 meetings in 2003: ");

    await page.getByRole("button", { name: "All years, 1946–2022" }).click();
    await expect(page.getByRole("heading", { name: "The Security Council, 1946–2022" })).toBeVisible(loadTimeout);
    await explorer.timelineSettled();
    await expect(explorer.timelineStatus).toHaveText(year2003);
    await expect.poll(() => explorer.laneCountTotal()).toBe(223);
    await expect(page.getByRole("grid", { name: "Meetings" }).locator("caption")).toHaveText("223 meetings in 2003");
    // Under a title of 1946–2022, each count says what it counts: the year in focus, or every year.
    await expect(coverageNote(page)).toHaveText("Participants known for 2 of 223 meetings in 2003");
    await expect(summary).toContainText(/[\d,]{5} meetings in 1946–2022: /);
    await explorer.screenshot("all-years-on-2003");

    await page.getByRole("button", { name: "Back to 2003" }).click();
    await expect(page.getByRole("heading", { name: "The Security Council in 2003" })).toBeVisible();
    await expect(page).not.toHaveURL(/years=all/);
    await explorer.timelineSettled();
    await expect(explorer.timelineStatus).toHaveText(year2003);
    expect(await explorer.laneCountTotal()).toBe(223);
    await expect(page.getByRole("grid", { name: "Meetings" }).locator("caption")).toHaveText("223 meetings");
    await expect(coverageNote(page)).toHaveText("Participants known for 2 of 223 meetings");
    await expect(page.getByRole("button", { name: "All years, 1946–2022" })).toBeEnabled();
  });

  test("Back and Forward cross between the year and every year", async ({ explorer, page }) => {
    test.slow();
    await explorer.open();
    await explorer.meetingMark(4739).click();
    await expect(page).toHaveURL(/\?m=4739$/);
    await page.getByRole("button", { name: "All years, 1946–2022" }).click();
    await expect(page.getByRole("heading", { name: "The Security Council, 1946–2022" })).toBeVisible(loadTimeout);
    await expect(page).toHaveURL(/m=4739&years=all/);

    await page.goBack();
    await expect(page.getByRole("heading", { name: "The Security Council in 2003" })).toBeVisible();
    await expect(page).not.toHaveURL(/years=all/);
    await explorer.timelineSettled();
    await expect(explorer.meetingMark(4739)).toHaveAttribute("aria-pressed", "false");

    await page.goForward();
    await expect(page.getByRole("heading", { name: "The Security Council, 1946–2022" })).toBeVisible(loadTimeout);
    await expect(explorer.meetingMark(4739)).toHaveAttribute("aria-pressed", "true");
    await expect(explorer.linkNotice).toHaveCount(0);
  });

  test.describe("on a phone", () => {
    test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

    test("counts 223 meetings for 2003 in every year's view too", async ({ explorer, page }) => {
      test.slow();
      await page.goto("/?years=all");
      await expect(page.getByRole("heading", { name: "The Security Council, 1946–2022" })).toBeVisible(loadTimeout);
      await explorer.timelineSettled();
      // A phone opens on the first months of 2003 (readableOpening); Reset shows the whole year.
      await page.getByRole("button", { name: "Reset zoom" }).tap();
      await expect(explorer.timeline).toHaveAttribute("data-visible-end", "2003-12-31");
      await explorer.timelineSettled();
      await expect(explorer.timelineStatus).toContainText(": 223 meetings");
      await expect.poll(() => explorer.laneCountTotal()).toBe(223);
    });
  });
});
