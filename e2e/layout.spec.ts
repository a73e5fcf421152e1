import { expect, test, type ExplorerPage } from "./fixtures";

// The explorer's three panes on a laptop and on a projector, with nothing selected, a
// meeting selected and an organization selected: each pane lies inside the viewport's
// width, no two overlap, and the page never scrolls sideways. Each state is saved to
// e2e/screenshots/ for a person to look at after the run.
const viewports = [
  { name: "1280x800", width: 1280, height: 800 },
  { name: "1920x1080", width: 1920, height: 1080 },
];
const scenarios = [
  { name: "default", query: "" },
  { name: "meeting-4739", query: "m=4739" },
  { name: "african-union", query: "e=org:AU" },
];

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1 && a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1;

async function paneBoxes(explorer: ExplorerPage): Promise<Record<string, Box>> {
  const panes = { timeline: explorer.timeline, graph: explorer.graph, details: explorer.details };
  const boxes: Record<string, Box> = {};
  for (const [name, pane] of Object.entries(panes)) {
    const box = await pane.boundingBox();
    expect(box, `${name} is rendered`).not.toBeNull();
    boxes[name] = box!;
  }
  return boxes;
}

for (const viewport of viewports) {
  test(`the panes fit side by side at ${viewport.name}`, async ({ explorer, page }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    for (const scenario of scenarios) {
      await explorer.open(scenario.query);
      await expect(explorer.graph).toHaveAttribute("data-settled", "true", { timeout: 20_000 });
      const boxes = await paneBoxes(explorer);
      for (const [name, box] of Object.entries(boxes)) {
        expect(box.x, `${scenario.name}: ${name} starts inside the viewport`).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, `${scenario.name}: ${name} ends inside the viewport`).toBeLessThanOrEqual(viewport.width + 1);
      }
      const names = Object.keys(boxes);
      for (const [i, a] of names.entries()) for (const b of names.slice(i + 1)) expect(overlaps(boxes[a]!, boxes[b]!), `${scenario.name}: ${a} and ${b} overlap`).toBe(false);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${scenario.name}: no sideways scroll`).toBeLessThanOrEqual(viewport.width);
      await explorer.screenshot(`${scenario.name}-${viewport.name}`);
    }
  });
}

// A 1366 × 768 laptop's browser window is about 1366 × 657: the timeline's lanes need more
// height than its pane has there, and scroll inside it.
test("in a laptop's short window the timeline keeps its dates in sight, and the graph its legend", async ({ explorer, page }) => {
  await page.setViewportSize({ width: 1366, height: 657 });
  await explorer.open();
  await expect(explorer.graph).toHaveAttribute("data-settled", "true");
  const timelineBox = (await explorer.timeline.boundingBox())!;
  // The dates and the presidency row are on screen, inside the timeline pane, and on top: what a pointer there reaches.
  const axis = explorer.timeline.locator('svg:has([data-row="presidency"])');
  const axisBox = (await axis.boundingBox())!;
  expect(axisBox.y + axisBox.height).toBeLessThanOrEqual(Math.min(657, timelineBox.y + timelineBox.height) + 1);
  const onTop = (point: { x: number; y: number }) => page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest("svg")?.querySelector('[data-row="presidency"]') !== null, point);
  expect(await onTop({ x: axisBox.x + axisBox.width / 2, y: axisBox.y + 12 })).toBe(true);
  // A meeting in the lowest lane, reached by the keyboard, is brought out from under the dates.
  const mark = explorer.meetingMark(4739);
  await mark.focus();
  const markBox = (await mark.boundingBox())!;
  expect(markBox.y + markBox.height).toBeLessThanOrEqual(axisBox.y + 1);
  expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest("[data-meeting-id]")?.getAttribute("data-meeting-id"), { x: markBox.x + markBox.width / 2, y: markBox.y + markBox.height / 2 })).toBe("4739");
  // The graph's legend is inside the graph's pane, not cut off below it.
  const graphBox = (await explorer.graph.boundingBox())!;
  const legend = explorer.graph.getByText("Legend", { exact: true });
  const legendBox = (await legend.boundingBox())!;
  expect(legendBox.y + legendBox.height).toBeLessThanOrEqual(graphBox.y + graphBox.height + 1);
  await expect(legend).toBeInViewport({ ratio: 1 });
  await explorer.screenshot("short-window-1366x657");
});

test("in a laptop's short window a link's meeting in the lowest lane is scrolled into sight", async ({ explorer, page }) => {
  await page.setViewportSize({ width: 1366, height: 657 });
  // Step 3 of the 4739 story: a one-day window, 4739 alone in the thematic lane, the lowest.
  await page.goto("/?story=regional-organizations-4739&step=3");
  await explorer.timelineSettled();
  const axisBox = (await explorer.timeline.locator('svg:has([data-row="presidency"])').boundingBox())!;
  const timelineBox = (await explorer.timeline.boundingBox())!;
  const mark = explorer.meetingMark(4739);
  await expect.poll(async () => {
    const box = (await mark.boundingBox())!;
    return box.y >= timelineBox.y && box.y + box.height <= Math.min(axisBox.y, 657);
  }).toBe(true);
  const box = (await mark.boundingBox())!;
  expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest("[data-meeting-id]")?.getAttribute("data-meeting-id"), { x: box.x + box.width / 2, y: box.y + box.height / 2 })).toBe("4739");
  await explorer.screenshot("short-window-story-4739-step-3");
});

// The header's title and the coverage sentence under it are the page's statement of what it
// shows. Between a phone and a 1024 px screen the tools shared their row, and at 768 px (a
// tablet upright) the title read "The Sec…"; at 600 px it had no width at all.
test("the title, its coverage and the header's parts are read whole at every width from a phone's to a projector's", async ({ explorer, page }) => {
  const cut = async () =>
    page.evaluate(() => {
      const title = document.querySelector("h1")!;
      const coverage = title.nextElementSibling as HTMLElement;
      // Each of the header's parts holds its content: from 1400 to 1600 px the year picker's slot
      // was narrower than "All years, 1946–2022", and the search field covered it.
      const parts = [...document.querySelector("header")!.children].filter((part): part is HTMLElement => part instanceof HTMLElement && part.offsetWidth > 0);
      return [title, coverage, ...parts].filter((element) => element.clientWidth === 0 || element.scrollWidth > element.clientWidth + 1).map((element) => element.textContent);
    });
  for (const query of ["", "years=all"]) {
    await explorer.open(query);
    if (query) await expect(page.getByRole("heading", { level: 1 })).toHaveText(/1946/, { timeout: 30_000 });
    for (const width of [600, 700, 768, 820, 900, 960, 1024, 1100, 1280, 1366, 1440, 1536, 1680, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      await expect.poll(cut, { message: `${query || "2003"} at ${width} px` }).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${width} px: no sideways scroll`).toBeLessThanOrEqual(width);
    }
  }
});
