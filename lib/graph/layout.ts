import { forceLink, forceSimulation, forceX, forceY, type Simulation, type SimulationNodeDatum } from "d3";
import { forceCollideGrid } from "./forceCollideGrid";
import { forceManyBodyFlat } from "./forceManyBodyFlat";
import { forceSchedule } from "./forceSchedule";
import { lcg } from "./lcg";
import { seedPositions, type LayoutInput } from "./layoutInput";
import type { GraphData } from "./types";

export interface LayoutOptions {
  seed: number;
  /** Ticks from start to rest; fewer for large graphs keeps settling inside the budget. */
  ticks?: number;
  /**
   * Width over height of the view the picture is for (default 1). The pull to the centre
   * is weaker along the longer side, so a wide pane gets a wide picture instead of a
   * round one with empty margins.
   */
  aspect?: number;
  /**
   * Where the nodes start (x0, y0, x1, y1, …), e.g. a layout computed at build time; the
   * seeded spiral otherwise.
   */
  initial?: Float32Array;
  /** Start at rest: nothing moves until a node is dragged (the initial positions are final). */
  atRest?: boolean;
}

interface LayoutNode extends SimulationNodeDatum {
  index: number;
}
interface LayoutLink {
  source: number | LayoutNode;
  target: number | LayoutNode;
  index?: number;
}

export interface ForceLayout {
  /** Advances n ticks (stops early at rest); returns true while still moving. */
  tick(n?: number): boolean;
  readonly done: boolean;
  readonly alpha: number;
  readonly tickCount: number;
  /** x0, y0, x1, y1, … as floats; a new array each call, safe to transfer. */
  positions(): Float32Array;
  /** Pin a node (a drag) and keep the layout warm until released. */
  fix(index: number, x: number, y: number): void;
  release(index: number): void;
}

const alphaMin = 0.001;
const dragAlpha = 0.1;

/**
 * A seeded d3-force simulation over copies of the input, starting from `options.initial`
 * or the seed spiral (seedPositions): the same data and seed give the same picture.
 */
export function createLayout(input: LayoutInput, options: LayoutOptions): ForceLayout {
  const { nodeCount, radii, links, linkDistances } = input;
  const start = options.initial && options.initial.length === nodeCount * 2 ? options.initial : seedPositions(input, options.seed);
  const nodes: LayoutNode[] = Array.from({ length: nodeCount }, (_, index) => ({ index, x: start[index * 2]!, y: start[index * 2 + 1]! }));
  const linkData: LayoutLink[] = [];
  for (let i = 0; i < links.length; i += 2) linkData.push({ source: links[i]!, target: links[i + 1]! });

  const schedule = forceSchedule(nodeCount);
  const ticks = options.ticks ?? schedule.ticks;
  const aspect = Math.min(2.5, Math.max(0.4, options.aspect ?? 1));
  const radiusOf = (node: LayoutNode) => radii[node.index] ?? 4;
  const simulation: Simulation<LayoutNode, LayoutLink> = forceSimulation<LayoutNode, LayoutLink>(nodes)
    .randomSource(lcg(options.seed))
    .alphaMin(alphaMin)
    .alphaDecay(1 - Math.pow(alphaMin, 1 / ticks))
    .force(
      "link",
      forceLink<LayoutNode, LayoutLink>(linkData)
        .id((node) => node.index)
        .distance((_, i) => linkDistances[i] ?? 30),
    )
    .force("charge", forceManyBodyFlat<LayoutNode>().strength((node) => -24 - radiusOf(node) * 3).theta(schedule.theta).distanceMax(600))
    .force("collide", forceCollideGrid<LayoutNode>().radius((node) => radiusOf(node) + 2).strength(0.7).fineGrid(schedule.fineCollide))
    // Keeps meetings nobody is linked to, and small islands, near the picture.
    .force("x", forceX<LayoutNode>(0).strength(0.04 / aspect))
    .force("y", forceY<LayoutNode>(0).strength(0.04 * aspect))
    .stop();
  if (options.atRest) simulation.alpha(0);

  let tickCount = 0;
  // A drag moves the dragged nodes and their neighbours only: everything else is held
  // where it is until the drop, and the layout stops at the drop. Reheating the whole
  // graph would let components that froze before equilibrium drift across the view.
  const dragged = new Set<number>();
  const held: LayoutNode[] = [];
  const neighbours = neighbourLists(nodeCount, links);
  const movable = new Set<number>();
  const moving = () => dragged.size > 0 || simulation.alpha() >= alphaMin;

  function holdAllBut(index: number) {
    movable.add(index);
    for (const neighbour of neighbours[index] ?? []) movable.add(neighbour);
    for (let i = held.length - 1; i >= 0; i--) {
      const node = held[i]!;
      if (!movable.has(node.index)) continue;
      node.fx = node.fy = null;
      held.splice(i, 1);
    }
    if (dragged.size > 0) return;
    for (const node of nodes) {
      if (movable.has(node.index)) continue;
      node.fx = node.x;
      node.fy = node.y;
      node.vx = node.vy = 0;
      held.push(node);
    }
  }

  return {
    tick(n = 1) {
      for (let i = 0; i < n && moving(); i++) {
        simulation.tick();
        tickCount++;
      }
      return moving();
    },
    get done() {
      return !moving();
    },
    get alpha() {
      return simulation.alpha();
    },
    get tickCount() {
      return tickCount;
    },
    positions() {
      const out = new Float32Array(nodeCount * 2);
      for (let i = 0; i < nodeCount; i++) {
        out[i * 2] = nodes[i]!.x ?? 0;
        out[i * 2 + 1] = nodes[i]!.y ?? 0;
      }
      return out;
    },
    fix(index, x, y) {
      const node = nodes[index];
      if (!node) return;
      if (!dragged.has(index)) {
        holdAllBut(index);
        dragged.add(index);
      }
      node.fx = x;
      node.fy = y;
      simulation.alphaTarget(dragAlpha);
      if (simulation.alpha() < dragAlpha) simulation.alpha(dragAlpha);
    },
    release(index) {
      const node = nodes[index];
      if (!node || !dragged.delete(index)) return;
      // The node stays where it was dropped, as people expect of a dragged thing.
      node.x = node.fx ?? node.x;
      node.y = node.fy ?? node.y;
      node.fx = node.fy = null;
      node.vx = node.vy = 0;
      if (dragged.size > 0) return;
      for (const other of held) other.fx = other.fy = null;
      held.length = 0;
      movable.clear();
      for (const other of nodes) other.vx = other.vy = 0;
      simulation.alphaTarget(0).alpha(0);
    },
  };
}

function neighbourLists(nodeCount: number, links: Uint32Array): number[][] {
  const lists: number[][] = Array.from({ length: nodeCount }, () => []);
  for (let i = 0; i < links.length; i += 2) {
    lists[links[i]!]!.push(links[i + 1]!);
    lists[links[i + 1]!]!.push(links[i]!);
  }
  return lists;
}

/** Runs a layout to rest: positions by node index. */
export function computeLayout(input: LayoutInput, options: LayoutOptions): Float32Array {
  const layout = createLayout(input, options);
  while (layout.tick(50));
  return layout.positions();
}

export function positionsById(graph: Pick<GraphData, "nodes">, positions: Float32Array): Map<string, { x: number; y: number }> {
  return new Map(graph.nodes.map((node, i) => [node.id, { x: positions[i * 2]!, y: positions[i * 2 + 1]! }]));
}
