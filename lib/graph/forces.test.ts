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
