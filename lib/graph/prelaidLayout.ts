import type { LayoutInput } from "./layoutInput";
import type { GraphData } from "./types";

/**
 * A graph's layout computed ahead of time (at build time for the shipped data), so the
 * page paints the settled picture on its first frame instead of running the forces.
 * Positions are kept by node index; the signature ties them to one graph, seed and
 * aspect, so any other graph (a filter, an import, other data) never takes them.
 */
export interface PrelaidLayout {
  signature: string;
  seed: number;
  aspect: number;
  /** x0, y0, x1, y1, … rounded to a tenth of a unit. */
  positions: number[];
}

/**
 * Width over height the shipped layouts are made for: about the graph pane's shape at
 * 1280–1920 px wide. A pane of another shape fits the picture with some margin.
 */
export const PRELAID_ASPECT = 1.3;
export const PRELAID_SEED = 1;

/** FNV-1a over 32-bit words, two lanes with different offsets for a 64-bit signature. */
function createHasher() {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  return {
    word(value: number) {
      a = Math.imul(a ^ (value >>> 0), 0x01000193);
      b = Math.imul(b ^ (value >>> 0), 0x5bd1e995) ^ (b >>> 15);
    },
    string(text: string) {
      this.word(text.length);
      for (let i = 0; i < text.length; i++) this.word(text.charCodeAt(i));
    },
    digest(): string {
      return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
    },
  };
}

const bitsOf = (array: Float32Array) => new Uint32Array(array.buffer, array.byteOffset, array.length);

/** Changes with anything the layout depends on: node ids and order, links, their lengths, sizes, seed, aspect. */
export function layoutSignature(graph: Pick<GraphData, "nodes">, input: LayoutInput, seed: number, aspect: number): string {
  const hash = createHasher();
  hash.word(input.nodeCount);
  for (const node of graph.nodes) hash.string(node.id);
  for (const index of input.links) hash.word(index);
  for (const bits of bitsOf(input.linkDistances)) hash.word(bits);
  for (const bits of bitsOf(input.radii)) hash.word(bits);
  hash.string(`${seed}|${aspect}`);
  return hash.digest();
}

/** The prelaid positions when they were made for exactly this graph and seed; null otherwise. */
export function prelaidPositionsFor(graph: Pick<GraphData, "nodes">, input: LayoutInput, seed: number, prelaid: PrelaidLayout | null | undefined): Float32Array | null {
  if (!prelaid || prelaid.seed !== seed || prelaid.positions.length !== input.nodeCount * 2) return null;
  if (!prelaid.positions.every(Number.isFinite)) return null;
  if (layoutSignature(graph, input, seed, prelaid.aspect) !== prelaid.signature) return null;
  return Float32Array.from(prelaid.positions);
}
