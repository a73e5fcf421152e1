/**
 * A seeded linear congruential generator, the same constants as d3-force's own
 * (src/lcg.js), so `simulation.randomSource(lcg(seed))` gives the same jiggle every run.
 */
export function lcg(seed: number): () => number {
  const a = 1664525;
  const c = 1013904223;
  const m = 4294967296; // 2^32
  let state = (Math.floor(seed) >>> 0) || 1;
  return () => {
    state = (a * state + c) % m;
    return state / m;
  };
}
