import { expect, test } from "./fixtures";

// The lists that keep one item in the tab order and move focus with keys (components/hooks/useRovingFocus).

test("the meeting list moves one row per arrow, ten per page, and to either end", async ({ explorer, page }) => {
  await explorer.open("view=list");
  const grid = page.getByRole("grid", { name: "Meetings" });
  const rows = grid.getByRole("row");
  const focusedRow = grid.locator("tr:focus");
  await rows.nth(1).focus();
  await expect(focusedRow).toHaveAttribute("aria-rowindex", "2");
  await page.keyboard.press("ArrowDown");
  await expect(focusedRow).toHaveAttribute("aria-rowindex", "3");
  await page.keyboard.press("PageDown");
  await expect(focusedRow).toHaveAttribute("aria-rowindex", "13");
  await page.keyboard.press("Home");
  await expect(focusedRow).toHaveAttribute("aria-rowindex", "2");
  await page.keyboard.press("ArrowUp");
  await expect(focusedRow).toHaveAttribute("aria-rowindex", "2");
  // The last of 223 meetings lies beyond the rows first rendered: it is rendered, then focused.
  await page.keyboard.press("End");
  await expect(focusedRow).toHaveAttribute("aria-rowindex", "224");
  // Tab leaves the grid and Shift-Tab comes back to the row last used.
  await page.keyboard.press("Tab");
  await expect(focusedRow).toHaveCount(0);
  await page.keyboard.press("Shift+Tab");
  await expect(focusedRow).toHaveAttribute("aria-rowindex", "224");
});

test("the graph's entity list moves by arrows, to either end, and to a typed letter", async ({ explorer, page }) => {
  await explorer.open();
  const options = page.getByRole("listbox", { name: "Entities in the graph" }).getByRole("option");
  const focused = page.getByRole("listbox", { name: "Entities in the graph" }).locator('[role="option"]:focus');
  const names = await options.allTextContents();
  await options.first().focus();
  await page.keyboard.press("ArrowDown");
  await expect(focused).toHaveText(names[1]!);
  await page.keyboard.press("End");
  await expect(focused).toHaveText(names.at(-1)!);
  await page.keyboard.press("ArrowRight");
  await expect(focused).toHaveText(names.at(-1)!);
  await page.keyboard.press("Home");
  await expect(focused).toHaveText(names[0]!);
  const firstM = names.find((name) => name.toLowerCase().startsWith("m"))!;
  await page.keyboard.press("m");
  await expect(focused).toHaveText(firstM);
});

test("the search results wrap around under the arrow keys while focus stays in the field", async ({ explorer, page }) => {
  await explorer.open();
  await explorer.search.fill("guinea");
  const results = page.getByRole("listbox", { name: "Search results" }).getByRole("option");
  await expect(results.first()).toBeVisible();
  const count = await results.count();
  expect(count).toBeGreaterThan(1);
  await page.keyboard.press("ArrowUp");
  await expect(results.nth(count - 1)).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("ArrowDown");
  await expect(results.first()).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("ArrowDown");
  await expect(results.nth(1)).toHaveAttribute("aria-selected", "true");
  await expect(explorer.search).toBeFocused();
});
