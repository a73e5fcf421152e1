import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { graphPaintAtMark, recordGraphPaintAtMark } from "./paintedAtMark";
import { paintedShare } from "./paintedShare";

// The graph bench page with a large graph: drawn by the layer worker, with thousands of
// entities in its list. The workload is served by the test (same shape as
// ../shared/bench/graph-5000.json: preferential attachment, 2.5 links a node), so it
// runs without ../shared.
function preferentialAttachment(size: number): { nodes: object[]; links: object[] } {
  let state = 5000;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const types = ["state", "organization", "person"];
  const nodes = Array.from({ length: size }, (_, i) => ({ id: `n${i}`, type: types[i % 3], label: `Entity ${String(i).padStart(4, "0")}` }));
  const ends: number[] = [0, 1];
  const links = [{ source: "n0", target: "n1" }];
  for (let i = 2; i < size; i++) {
    for (let k = 0; k < (i % 2 === 0 ? 2 : 3); k++) {
      const target = ends[Math.floor(random() * ends.length)]!;
      links.push({ source: `n${i}`, target: `n${target}` });
      ends.push(i, target);
    }
  }
  return { nodes, links };
}

/** Moves the pointer outwards from the centre until the canvas shows it is over a node. */
async function pointAtANode(page: Page, canvas: Locator): Promise<boolean> {
  const box = (await canvas.boundingBox())!;
  for (let ring = 0; ring < 30; ring++) {
    for (let step = 0; step < 12; step++) {
      const angle = (step / 12) * Math.PI * 2;
      await page.mouse.move(box.x + box.width / 2 + Math.cos(angle) * ring * 6, box.y + box.height / 2 + Math.sin(angle) * ring * 6);
      if (await canvas.evaluate((element) => (element as HTMLCanvasElement).style.cursor !== "")) return true;
    }
  }
  return false;
}

test.describe("the graph bench page at 5,000 nodes", () => {
  test.beforeEach(async ({ page }) => {
    const workload = preferentialAttachment(5000);
    await page.route("**/bench-data/graph-5000.json", (route) => route.fulfill({ json: workload }));
  });

  test("paints the graph in its first frame, settles, finds nodes under the pointer and lists every entity", async ({ explorer, page }) => {
    await recordGraphPaintAtMark(page, "bench:first-render");
    await page.goto("/bench/graph/?n=5000");
    const graph = page.getByRole("group", { name: "Participation graph" });
    const canvas = graph.locator("canvas").first();
    // 5,000 nodes on a machine shared with a build: the page's own start-up can take longer than one expect's wait.
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName("bench:first-render").length), { timeout: test.info().timeout / 2 }).toBe(1);
    // The frame the first-render mark follows shows the graph (not a canvas still blank
    // from being sized), whether the layer worker has answered yet or not.
    const atMark = await graphPaintAtMark(page);
    expect(atMark).toHaveLength(1);
    expect(atMark[0]).toBeGreaterThan(0.01);
    await expect(graph).toHaveAttribute("data-settled", "true", { timeout: test.info().timeout / 2 });
    await expect(graph).toHaveAttribute("data-layout-source", "worker");
    expect(await paintedShare(canvas)).toBeGreaterThan(0.01);

    // Hit testing follows the positions the layer worker drew.
    expect(await pointAtANode(page, canvas)).toBe(true);

    // The list fills in a few hundred entities at a time, then says it is complete.
    const list = page.getByRole("listbox", { name: "Entities in the graph" });
    await expect(list.getByRole("option")).toHaveCount(5000);
    await expect(list).not.toHaveAttribute("aria-busy");
    await expect(list.getByRole("option", { name: "Entity 4999", exact: true })).toHaveCount(1);
    await explorer.screenshot("graph-bench-5000-settled");
  });
});
