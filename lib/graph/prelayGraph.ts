import { computeLayout } from "./layout";
import { layoutInputFor } from "./layoutInput";
import { layoutSignature, PRELAID_ASPECT, PRELAID_SEED, type PrelaidLayout } from "./prelaidLayout";
import type { GraphData } from "./types";

/** Runs the seeded layout to rest: what the build ships beside the data. */
export function prelayGraph(graph: GraphData, seed = PRELAID_SEED, aspect = PRELAID_ASPECT): PrelaidLayout {
  const input = layoutInputFor(graph);
  const positions = computeLayout(input, { seed, aspect });
  return {
    signature: layoutSignature(graph, input, seed, aspect),
    seed,
    aspect,
    positions: Array.from(positions, (value) => Math.round(value * 10) / 10),
  };
}
