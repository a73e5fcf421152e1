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
