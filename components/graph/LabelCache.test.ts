import { describe, expect, it } from "vitest";
import { graphDisplay, plainDisplay } from "@/lib/graph/display";
import { prepareScene } from "@/lib/graph/scene";
import type { GraphData, GraphNode } from "@/lib/graph/types";
import { LabelCache } from "./LabelCache";

/** A context that counts what it measures: 7 px a character. */
function countingContext() {
  const measured: string[] = [];
  const ctx = { font: "", measureText: (text: string) => (measured.push(text), { width: text.length * 7 }) };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, measured };
}

function graphOf(entities: number, meetings: number): GraphData {
  const nodes: GraphNode[] = [
    ...Array.from({ length: entities }, (_, i): GraphNode => ({ id: `state:S${i}`, kind: "state", label: `State ${i}`, meetingCount: 1 + (i % 5) })),
    ...Array.from({ length: meetings }, (_, i): GraphNode => ({ id: String(4000 + i), kind: "meeting", label: String(4000 + i), meetingCount: 1 })),
  ];
  return { nodes, edges: [], indexById: new Map(nodes.map((node, index) => [node.id, index])) };
}

describe("LabelCache.measureAhead", () => {
  it("measures the entities' names ahead, not the meetings', and placing labels then measures none again", () => {
    const graph = graphOf(120, 30);
    const scene = prepareScene(graph);
    const { ctx, measured } = countingContext();
    const cache = new LabelCache(scene, ctx);
    expect(cache.measureAhead(Number.POSITIVE_INFINITY)).toBe(true);
    expect(measured).toHaveLength(120);
    expect(measured.every((text) => text.startsWith("State "))).toBe(true);

    const positions = new Float32Array(graph.nodes.length * 2).map((_, i) => (i % 2 === 0 ? (i * 37) % 800 : (i * 53) % 600));
    const { labels } = cache.get(positions, 1, plainDisplay(graph), 0, { transform: { k: 1, x: 0, y: 0 }, width: 800, height: 600, blocked: [], moving: false });
    expect(labels.length).toBeGreaterThan(0);
    expect(measured).toHaveLength(120);
  });

  it("stops when its time is spent and goes on where it stopped", () => {
    const scene = prepareScene(graphOf(300, 0));
    const { ctx, measured } = countingContext();
    const cache = new LabelCache(scene, ctx);
    // A spent budget still measures one batch, so each idle slice makes progress.
    expect(cache.measureAhead(-1)).toBe(false);
    expect(measured).toHaveLength(64);
    expect(cache.measureAhead(Number.POSITIVE_INFINITY)).toBe(true);
    expect(measured).toHaveLength(300);
    expect(new Set(measured).size).toBe(300);
  });

  it("measures again at another font size", () => {
    const scene = prepareScene(graphOf(10, 0));
    const { ctx, measured } = countingContext();
    const cache = new LabelCache(scene, ctx);
    cache.measureAhead(Number.POSITIVE_INFINITY);
    cache.setFontSize(20);
    cache.measureAhead(Number.POSITIVE_INFINITY);
    expect(measured).toHaveLength(20);
    expect(ctx.font).toContain("20px");
  });
});

describe("LabelCache.get", () => {
  const view = { transform: { k: 1, x: 0, y: 0 }, width: 400, height: 300, blocked: [], moving: false };
  const selectAll = (graph: GraphData) =>
    graphDisplay(graph, { visibleMeetingIds: null, statedOnly: false, hiddenKinds: [], selection: { meetings: [], entities: graph.nodes.map((node) => node.id) }, highlight: { meetings: new Set(), entities: new Set() } });

  it("says which selected nodes in view it could not name: none when there is room, the rest when they are stacked", () => {
    const graph = graphOf(4, 0);
    const spread = new Float32Array([50, 50, 50, 150, 250, 50, 250, 150, 0, 0]);
    expect(new LabelCache(prepareScene(graph), countingContext().ctx).get(spread, 1, selectAll(graph), 1, view).unnamedSelected).toEqual([]);
    // Forty nodes on one point of a small canvas: names beside and out on lines run out of room.
    const crowd = graphOf(40, 0);
    const stacked = new Float32Array(80).fill(100);
    const naming = new LabelCache(prepareScene(crowd), countingContext().ctx).get(stacked, 1, selectAll(crowd), 1, { ...view, width: 200, height: 200 });
    expect(naming.unnamedSelected!.length).toBeGreaterThan(0);
    expect([...naming.unnamedSelected!, ...naming.labels.map((label) => label.index)].sort((a, b) => a - b)).toEqual(crowd.nodes.map((_, index) => index));
  });

  it("says which selected nodes lie out of view, and names none of them", () => {
    const graph = graphOf(4, 0);
    // The canvas is 400 px wide: the last two selected nodes are past its right edge.
    const spread = new Float32Array([50, 50, 150, 50, 450, 50, 600, 150, 0, 0]);
    const naming = new LabelCache(prepareScene(graph), countingContext().ctx).get(spread, 1, selectAll(graph), 1, view);
    expect(naming.selectedOutOfView).toEqual([2, 3]);
    expect(naming.labels.map((label) => label.index)).not.toContain(2);
    // Panned 300 px left, the first two are out instead.
    expect(new LabelCache(prepareScene(graph), countingContext().ctx).get(spread, 1, selectAll(graph), 1, { ...view, transform: { k: 1, x: -300, y: 0 } }).selectedOutOfView).toEqual([0, 1]);
  });
});
