import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";

test("the whole flow works from the keyboard alone", async ({ explorer, page }) => {
  await explorer.open();
  await page.keyboard.press("Control+k");
  await expect(explorer.search).toBeFocused();
  await page.keyboard.type("4739");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(explorer.meetingMark(4739)).toHaveAttribute("aria-pressed", "true");
  await expect(explorer.graphNode("League of Arab States")).toHaveAttribute("data-highlighted", "true");
  await expect(page.getByRole("status").filter({ hasText: "Selected meeting 4739" })).toHaveCount(1);

  // Into the graph's list of entities, choose one, and the timeline follows.
  await explorer.graphNode("League of Arab States").focus();
  await page.keyboard.press("Enter");
  await expect(explorer.graphNode("League of Arab States")).toHaveAttribute("aria-selected", "true");
  await expect(explorer.meetingMark(4739)).toHaveAttribute("data-highlighted", "true");

  // Escape clears everything.
  await page.keyboard.press("Escape");
  await expect(explorer.graphNode("League of Arab States")).toHaveAttribute("aria-selected", "false");
  await expect(page).not.toHaveURL(/[?&]e=/);

  // Timeline marks are reachable and selectable by keyboard too.
  await explorer.timeline.focus();
  const focusedMark = explorer.meetingMarks.and(page.locator(":focus"));
  for (let step = 0; step < 8 && (await focusedMark.count()) === 0; step++) await page.keyboard.press("Tab");
  const firstName = await focusedMark.getAttribute("aria-label");
  expect(firstName).toMatch(/^Meeting \d+/);
  await page.keyboard.press("ArrowRight");
  await expect(focusedMark).not.toHaveAccessibleName(firstName!);
  await page.keyboard.press("Enter");
  await expect(focusedMark).toHaveAttribute("aria-pressed", "true");
});

test("axe-core finds no serious or critical violation", async ({ explorer, page }) => {
  // Two whole-page scans of a few hundred buttons: about 10 s each on a quiet machine, much more on a busy one.
  test.slow();
  await explorer.open();
  const blocking = async () => {
    const results = await new AxeBuilder({ page }).analyze();
    return results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical").map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join("; ")}`);
  };
  expect(await blocking()).toEqual([]);
  await explorer.meetingMark(4739).click();
  expect(await blocking()).toEqual([]);
});
