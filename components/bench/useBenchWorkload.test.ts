import { describe, expect, it } from "vitest";
import { benchWorkloadUrl } from "./useBenchWorkload";

const graphs = { kind: "graph", sizes: ["100", "1000"], fallback: "1000" } as const;

describe("benchWorkloadUrl", () => {
  it("names the workload file of ?n=, or the fallback size for an unknown or absent n", () => {
    expect(benchWorkloadUrl(graphs, new URLSearchParams("n=100"))).toBe("/bench-data/graph-100.json");
    expect(benchWorkloadUrl(graphs, new URLSearchParams("n=../../data/index"))).toBe("/bench-data/graph-1000.json");
    expect(benchWorkloadUrl(graphs, new URLSearchParams(""))).toBe("/bench-data/graph-1000.json");
  });

  it("takes ?data= over ?n=", () => {
    expect(benchWorkloadUrl(graphs, new URLSearchParams("n=100&data=/mine.json"))).toBe("/mine.json");
  });
});
