import { describe, expect, it } from "vitest";
import { plainDisplay } from "@/lib/graph/display";
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
    const labels = cache.get(positions, 1, plainDisplay(graph), 0, { transform: { k: 1, x: 0, y: 0 }, width: 800, height: 600, blocked: [], moving: false });
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
