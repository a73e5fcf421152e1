import { describe, expect, it } from "vitest";
import { sampleDataset } from "@/lib/model/fixtures/sampleDataset";
import { buildGraph } from "./buildGraph";
import { createLayout } from "./layout";
import { layoutInputFor } from "./layoutInput";
import { layoutSignature, prelaidPositionsFor, PRELAID_SEED } from "./prelaidLayout";
import { prelayGraph } from "./prelayGraph";

const graph = buildGraph(sampleDataset);
const input = layoutInputFor(graph);
const prelaid = prelayGraph(graph);

describe("prelaid layout", () => {
  it("is the same for the same graph, seed and aspect (the build's output is deterministic)", () => {
    expect(prelayGraph(graph)).toEqual(prelaid);
    expect(prelaid.positions).toHaveLength(graph.nodes.length * 2);
  });

  it("is taken by the graph it was made for", () => {
    const positions = prelaidPositionsFor(graph, input, PRELAID_SEED, prelaid);
    expect(positions && Array.from(positions, (value) => Math.round(value * 10) / 10)).toEqual(prelaid.positions);
  });

  it("is refused by another graph, another seed, or when damaged", () => {
    const fewer = buildGraph({ ...sampleDataset, participations: sampleDataset.participations.slice(1) });
    expect(prelaidPositionsFor(fewer, layoutInputFor(fewer), PRELAID_SEED, prelaid)).toBeNull();
    expect(prelaidPositionsFor(graph, input, PRELAID_SEED + 1, prelaid)).toBeNull();
    expect(prelaidPositionsFor(graph, input, PRELAID_SEED, { ...prelaid, positions: prelaid.positions.slice(2) })).toBeNull();
    expect(prelaidPositionsFor(graph, input, PRELAID_SEED, { ...prelaid, positions: prelaid.positions.map((v, i) => (i === 3 ? Number.NaN : v)) })).toBeNull();
    expect(prelaidPositionsFor(graph, input, PRELAID_SEED, { ...prelaid, signature: "0".repeat(16) })).toBeNull();
    expect(prelaidPositionsFor(graph, input, PRELAID_SEED, null)).toBeNull();
  });

  it("signs node order: the same nodes listed in another order are another graph", () => {
    const reordered = { nodes: [...graph.nodes].reverse() };
    expect(layoutSignature(reordered, input, PRELAID_SEED, prelaid.aspect)).not.toBe(prelaid.signature);
  });

  it("starts a layout at rest that moves only when a node is dragged", () => {
    const initial = Float32Array.from(prelaid.positions);
    const layout = createLayout(input, { seed: PRELAID_SEED, aspect: prelaid.aspect, initial, atRest: true });
    expect(layout.tick(5)).toBe(false);
    expect(layout.positions()).toEqual(initial);
    layout.fix(0, initial[0]! + 40, initial[1]!);
    expect(layout.tick(5)).toBe(true);
    layout.release(0);
    expect(layout.positions()[0]).toBeCloseTo(initial[0]! + 40, 3);
  });
});
