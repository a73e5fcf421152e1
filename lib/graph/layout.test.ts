import { describe, expect, it } from "vitest";
import { sampleDataset } from "@/lib/model/fixtures/sampleDataset";
import { buildGraph } from "./buildGraph";
import { syntheticYear } from "./fixtures/syntheticYear";
import { computeLayout, createLayout, positionsById } from "./layout";
import { layoutInputFor } from "./layoutInput";

const sampleGraph = buildGraph(sampleDataset);
const sampleInput = layoutInputFor(sampleGraph);
const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe("layout", () => {
  it("gives the same positions for the same data and seed", () => {
    expect(computeLayout(sampleInput, { seed: 7 })).toEqual(computeLayout(sampleInput, { seed: 7 }));
  });

  it("gives a different picture for another seed", () => {
    expect(computeLayout(sampleInput, { seed: 7 })).not.toEqual(computeLayout(sampleInput, { seed: 8 }));
  });

  it("comes to rest after the given number of ticks", () => {
    const layout = createLayout(sampleInput, { seed: 1, ticks: 120 });
    while (layout.tick(10));
    expect(layout.done).toBe(true);
    expect(layout.tickCount).toBeGreaterThanOrEqual(119);
    expect(layout.tickCount).toBeLessThanOrEqual(121);
  });

  it("stretches the picture along the longer side of the view it is for", () => {
    const input = layoutInputFor(buildGraph(syntheticYear(1, 60)));
    // Width over height as the ratio of the standard deviations, which outliers sway less than a bounding box.
    const spread = (positions: Float32Array) => {
      const deviation = (values: Float32Array) => {
        const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
        return Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length);
      };
      return deviation(positions.filter((_, i) => i % 2 === 0)) / deviation(positions.filter((_, i) => i % 2 === 1));
    };
    const round = spread(computeLayout(input, { seed: 1 }));
    const wide = spread(computeLayout(input, { seed: 1, aspect: 1.6 }));
    expect(wide).toBeGreaterThan(round * 1.2);
  });

  it("places linked nodes nearer each other than unlinked ones", () => {
    const positions = positionsById(sampleGraph, computeLayout(sampleInput, { seed: 1 }));
    const greece = positions.get("state:GRC")!;
    expect(distance(greece, positions.get("org:EU")!)).toBeLessThan(distance(greece, positions.get("state:IRQ")!));
  });

  it("keeps nodes apart: no two discs overlap by more than a pixel at rest", () => {
    const graph = buildGraph(syntheticYear(1, 60));
    const input = layoutInputFor(graph);
    const positions = computeLayout(input, { seed: 3 });
    let worst = 0;
    for (let i = 0; i < input.nodeCount; i++) {
      for (let j = i + 1; j < input.nodeCount; j++) {
        const gap = Math.hypot(positions[i * 2]! - positions[j * 2]!, positions[i * 2 + 1]! - positions[j * 2 + 1]!) - input.radii[i]! - input.radii[j]!;
        worst = Math.min(worst, gap);
      }
    }
    expect(worst).toBeGreaterThan(-1);
  });

  it("moves a dragged node and its neighbours only, and stops where it is dropped", () => {
    const layout = createLayout(sampleInput, { seed: 1 });
    while (layout.tick(50));
    const before = positionsById(sampleGraph, layout.positions());
    const eu = sampleGraph.indexById.get("org:EU")!;
    layout.fix(eu, 500, -200);
    expect(layout.done).toBe(false);
    layout.tick(30);
    const during = positionsById(sampleGraph, layout.positions());
    expect(during.get("org:EU")).toEqual({ x: 500, y: -200 });
    // Greece spoke for the EU: it follows. Iraq has nothing to do with it: it stays.
    expect(distance(during.get("state:GRC")!, before.get("state:GRC")!)).toBeGreaterThan(5);
    expect(during.get("state:IRQ")).toEqual(before.get("state:IRQ"));
    layout.release(eu);
    expect(layout.done).toBe(true);
    expect(positionsById(sampleGraph, layout.positions()).get("org:EU")).toEqual({ x: 500, y: -200 });
  });

  it("never writes into the graph it was given", () => {
    const before = JSON.stringify(sampleGraph.nodes) + JSON.stringify(sampleGraph.edges);
    computeLayout(layoutInputFor(sampleGraph), { seed: 1 });
    expect(JSON.stringify(sampleGraph.nodes) + JSON.stringify(sampleGraph.edges)).toBe(before);
  });
});
