import { forceCollide, forceManyBody, forceSimulation, type SimulationNodeDatum } from "d3";
import { describe, expect, it } from "vitest";
import { forceCollideGrid } from "./forceCollideGrid";
import { forceManyBodyFlat } from "./forceManyBodyFlat";
import { lcg } from "./lcg";

function scatter(count: number, seed: number): SimulationNodeDatum[] {
  const random = lcg(seed);
  return Array.from({ length: count }, () => ({ x: random() * 400, y: random() * 400, vx: 0, vy: 0 }));
}

function velocitiesAfterOneTick(nodes: SimulationNodeDatum[], force: Parameters<ReturnType<typeof forceSimulation>["force"]>[1]) {
  const simulation = forceSimulation(nodes).randomSource(lcg(1)).velocityDecay(0).force("f", force!).stop();
  simulation.tick();
  return nodes.map((node) => [node.vx ?? 0, node.vy ?? 0]).flat();
}

describe("forceManyBodyFlat", () => {
  it("matches d3's forceManyBody exactly when theta is 0 (no approximation)", () => {
    const flat = velocitiesAfterOneTick(scatter(120, 1), forceManyBodyFlat().theta(0).strength(() => -30) as never);
    const d3 = velocitiesAfterOneTick(scatter(120, 1), forceManyBody().theta(0).strength(-30) as never);
    flat.forEach((value, i) => expect(value).toBeCloseTo(d3[i]!, 9));
  });

  it("stays within a few percent of d3's Barnes–Hut at the same theta", () => {
    const flat = velocitiesAfterOneTick(scatter(400, 2), forceManyBodyFlat().theta(0.9) as never);
    const d3 = velocitiesAfterOneTick(scatter(400, 2), forceManyBody().theta(0.9) as never);
    const error = flat.reduce((sum, value, i) => sum + Math.abs(value - d3[i]!), 0) / d3.reduce((sum, value) => sum + Math.abs(value), 0);
    expect(error).toBeLessThan(0.05);
  });

  it("pushes two coincident nodes apart instead of dividing by zero", () => {
    const nodes = [{ x: 5, y: 5 }, { x: 5, y: 5 }] as SimulationNodeDatum[];
    const velocities = velocitiesAfterOneTick(nodes, forceManyBodyFlat() as never);
    expect(velocities.every(Number.isFinite)).toBe(true);
    expect(velocities[0]).not.toBe(velocities[2]);
  });
});

describe("forceCollideGrid", () => {
  it("moves overlapping nodes the way d3's forceCollide does", () => {
    // Both search neighbours from the positions at the start of the tick, d3 with a
    // quadtree and this with a grid, so a pair at the edge of reach can differ.
    const grid = velocitiesAfterOneTick(scatter(300, 3), forceCollideGrid().radius(() => 9) as never);
    const d3 = velocitiesAfterOneTick(scatter(300, 3), forceCollide(9) as never);
    const error = grid.reduce((sum, value, i) => sum + Math.abs(value - d3[i]!), 0) / d3.reduce((sum, value) => sum + Math.abs(value), 0);
    expect(error).toBeLessThan(0.05);
    expect(grid.filter((value, i) => Math.abs(value - d3[i]!) < 1e-9).length).toBeGreaterThan(grid.length * 0.95);
  });

  it("leaves nodes that do not touch alone", () => {
    const nodes = [{ x: 0, y: 0 }, { x: 30, y: 0 }] as SimulationNodeDatum[];
    expect(velocitiesAfterOneTick(nodes, forceCollideGrid().radius(() => 10) as never)).toEqual([0, 0, 0, 0]);
  });
});

describe("forceCollideGrid on the fine grid", () => {
  /** Mostly small nodes and a few large ones, as in a big graph with hubs. */
  function mixed(count: number, seed: number): { nodes: SimulationNodeDatum[]; radius: (node: SimulationNodeDatum, i: number) => number } {
    const random = lcg(seed);
    const nodes = Array.from({ length: count }, () => ({ x: random() * 300, y: random() * 300, vx: 0, vy: 0 }));
    return { nodes, radius: (_, i) => (i % 97 === 0 ? 24 : 4 + (i % 5)) };
  }

  /** Sum over pairs of how far their discs overlap. */
  function totalOverlap(nodes: SimulationNodeDatum[], radius: (node: SimulationNodeDatum, i: number) => number): number {
    let total = 0;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const gap = Math.hypot(nodes[i]!.x! - nodes[j]!.x!, nodes[i]!.y! - nodes[j]!.y!) - radius(nodes[i]!, i) - radius(nodes[j]!, j);
        if (gap < 0) total -= gap;
      }
    }
    return total;
  }

  function overlapAfter(ticks: number, force: (nodes: SimulationNodeDatum[], radius: (node: SimulationNodeDatum, i: number) => number) => unknown): { before: number; after: number } {
    const { nodes, radius } = mixed(600, 4);
    const before = totalOverlap(nodes, radius);
    const simulation = forceSimulation(nodes).randomSource(lcg(1)).force("collide", force(nodes, radius) as never).stop();
    simulation.tick(ticks);
    return { before, after: totalOverlap(nodes, radius) };
  }

  it("pulls crowded nodes of mixed sizes apart as well as d3's forceCollide does", () => {
    // Pairs are met in another order than d3's, so single velocities differ; what counts is the result.
    const fine = overlapAfter(40, (_, radius) => forceCollideGrid().radius(radius).fineGrid(true));
    const d3 = overlapAfter(40, (_, radius) => forceCollide().radius(radius as never));
    expect(fine.after).toBeLessThan(fine.before * 0.1);
    expect(fine.after).toBeLessThan(d3.after * 1.25);
  });

  it("finds a large node's overlaps with small nodes several cells away", () => {
    // The hub (radius 30) overlaps a small node 28 px away: far beyond one cell of the usual diameter.
    const nodes = [{ x: 0, y: 0 }, ...Array.from({ length: 200 }, (_, i) => ({ x: 1000 + (i % 20) * 20, y: Math.floor(i / 20) * 20 })), { x: 28, y: 0 }] as SimulationNodeDatum[];
    const velocities = velocitiesAfterOneTick(nodes, forceCollideGrid().radius((_, i) => (i === 0 ? 30 : 3)).fineGrid(true) as never);
    expect(velocities[0]).toBeLessThan(0);
    expect(velocities[velocities.length - 2]).toBeGreaterThan(0);
  });

  it("gives the same velocities for the same nodes (deterministic)", () => {
    const run = () => {
      const { nodes, radius } = mixed(400, 9);
      return velocitiesAfterOneTick(nodes, forceCollideGrid().radius(radius).fineGrid(true) as never);
    };
    expect(run()).toEqual(run());
  });
});
