import { ExplorerPage, expect, participantsOf4739, test } from "./fixtures";

test.describe("the 2003 explorer", () => {
  test("loads all 223 meeting records of 2003", async ({ explorer, page }) => {
    await explorer.open();
    await expect(explorer.meetingMarks).toHaveCount(223);
    await page.getByText("Filters").click();
    await page.getByRole("radio", { name: "List of meetings" }).check();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("radio", { name: "List of meetings" })).toBeHidden();
    await expect(page.getByRole("grid", { name: "Meetings" })).toHaveAttribute("aria-rowcount", /22[34]/);
    // The header row and one row per meeting.
    await expect(page.getByRole("grid", { name: "Meetings" }).getByRole("row")).toHaveCount(224);
  });

  test("the list names each meeting's subject area in words, in the explorer's middle column as in a wide one", async ({ explorer, page }) => {
    for (const viewport of [{ width: 1280, height: 800 }, { width: 1920, height: 1080 }]) {
      await page.setViewportSize(viewport);
      await explorer.open("view=list");
      const row = page.getByRole("grid", { name: "Meetings" }).locator('[data-meeting-id="4739"]');
      await row.scrollIntoViewIfNeeded();
      // Written out where a reader can see it, not only a colour with the name clipped away for screen readers.
      const shown = row.getByText("Thematic and institutional").filter({ visible: true });
      await expect(shown).toHaveCount(1);
      expect((await shown.boundingBox())!.width).toBeGreaterThan(40);
      await expect(row).toHaveAccessibleName(/Thematic and institutional/);
    }
  });

  test("zooms by wheel and by keyboard, and resets", async ({ explorer, page }) => {
    await explorer.open();
    const initial = await explorer.visibleRange();
    const box = (await explorer.timeline.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -600);
    await expect.poll(() => explorer.visibleRange()).not.toEqual(initial);
    const afterWheel = await explorer.visibleRange();
    expect(afterWheel.start > initial.start || afterWheel.end < initial.end).toBe(true);

    await explorer.timeline.focus();
    await page.keyboard.press("0");
    await expect.poll(() => explorer.visibleRange()).toEqual(initial);
    await page.keyboard.press("+");
    await page.keyboard.press("+");
    await expect.poll(() => explorer.visibleRange()).not.toEqual(initial);
    const zoomedIn = await explorer.visibleRange();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => explorer.visibleRange()).not.toEqual(zoomedIn);
    await page.keyboard.press("-");
    await page.keyboard.press("0");
    await expect.poll(() => explorer.visibleRange()).toEqual(initial);
  });

  test("clicking meeting 4739 highlights its organizations and speakers in the graph", async ({ explorer }) => {
    await explorer.open();
    await explorer.meetingMark(4739).click();
    await expect(explorer.meetingMark(4739)).toHaveAttribute("aria-pressed", "true");
    for (const name of participantsOf4739) {
      await expect(explorer.graphNode(name), name).toHaveAttribute("data-highlighted", "true");
    }
    await expect(explorer.details.getByRole("heading", { name: "Meeting 4739" })).toBeVisible();
    await expect(explorer.details.getByText("Greece — on behalf of the European Union", { exact: true })).toBeVisible();
    await explorer.screenshot("selected-meeting-4739");
  });

  test("selecting the African Union highlights meeting 4739 on the timeline", async ({ explorer }) => {
    await explorer.open();
    await explorer.searchAndChoose("African Union", /^African Union/);
    await expect(explorer.graphNode("African Union")).toHaveAttribute("aria-selected", "true");
    await expect(explorer.meetingMark(4739)).toHaveAttribute("data-highlighted", "true");
    await expect(explorer.meetingMark(4694)).not.toHaveAttribute("data-highlighted", "true");
    await expect(explorer.details.getByRole("heading", { name: "African Union" })).toBeVisible();
    await explorer.screenshot("selected-african-union");
  });

  test("a time window brushed over March 2003 limits the graph", async ({ explorer, page }) => {
    await explorer.open();
    await expect(explorer.graph).toHaveAttribute("data-settled", "true");
    const before = Number(await explorer.graph.getAttribute("data-node-count"));
    await expect(explorer.graphNode("African Union")).toHaveCount(1);

    // Shift-drag from a little before the first March meeting (7 March) to just after the last (28 March).
    const first = (await explorer.meetingMark(4714).boundingBox())!;
    const last = (await explorer.meetingMark(4732).boundingBox())!;
    const y = first.y + first.height / 2;
    await page.keyboard.down("Shift");
    await page.mouse.move(first.x + first.width / 2 - 5, y);
    await page.mouse.down();
    await page.mouse.move(last.x, y, { steps: 5 });
    await page.mouse.move(last.x + last.width / 2 + 2, y, { steps: 2 });
    await page.mouse.up();
    await page.keyboard.up("Shift");

    await expect(page).toHaveURL(/from=2003-03-\d\d&to=2003-03-\d\d/);
    await expect(page).not.toHaveURL(/[?&]m=/);
    await expect.poll(async () => Number(await explorer.graph.getAttribute("data-node-count"))).toBeLessThan(before);
    await expect(explorer.graphNode("African Union")).toHaveCount(0);
    await expect(explorer.graphNode("Iraq")).toHaveCount(1);
  });

  test("a link reproduces the selection, and back and forward walk through selections", async ({ explorer, page, context }) => {
    await explorer.open();
    await explorer.meetingMark(4694).click();
    await expect(page).toHaveURL(/m=4694/);
    await explorer.meetingMark(4739).click();
    await expect(page).toHaveURL(/m=4739/);

    const other = await context.newPage();
    await other.goto(page.url());
    await expect(new ExplorerPage(other).meetingMark(4739)).toHaveAttribute("aria-pressed", "true");
    await expect(new ExplorerPage(other).graphNode("African Union")).toHaveAttribute("data-highlighted", "true");
    await other.close();

    await page.goBack();
    await expect(page).toHaveURL(/m=4694/);
    await expect(explorer.meetingMark(4694)).toHaveAttribute("aria-pressed", "true");
    await expect(explorer.meetingMark(4739)).toHaveAttribute("aria-pressed", "false");
    await page.goForward();
    await expect(explorer.meetingMark(4739)).toHaveAttribute("aria-pressed", "true");
  });

  test("an unknown id in a link is ignored with a notice", async ({ explorer }) => {
    await explorer.open("m=99999,4739&e=org:NOPE");
    await expect(explorer.linkNotice).toContainText("1 unknown meeting id ignored (m): 99999.");
    await expect(explorer.linkNotice).toContainText("1 unknown entity id ignored (e): org:NOPE.");
    await expect(explorer.meetingMark(4739)).toHaveAttribute("aria-pressed", "true");
  });
});
