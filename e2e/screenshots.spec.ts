import { expect, test } from "./fixtures";

// Screenshots a person looks at after a run (e2e/screenshots/): the default view, a
// selected meeting and a selected organization, on a laptop and on a projector.
const viewports = [
  { name: "1280x800", width: 1280, height: 800 },
  { name: "1920x1080", width: 1920, height: 1080 },
];
const scenarios = [
  { name: "default", query: "" },
  { name: "meeting-4739", query: "m=4739" },
  { name: "african-union", query: "e=org:AU" },
];

for (const viewport of viewports) {
  for (const scenario of scenarios) {
    test(`screenshot ${scenario.name} at ${viewport.name}`, async ({ explorer, page }) => {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await explorer.open(scenario.query);
      await expect(explorer.graph).toHaveAttribute("data-settled", "true", { timeout: 20_000 });
      await explorer.screenshot(`${scenario.name}-${viewport.name}`);
    });
  }
}
