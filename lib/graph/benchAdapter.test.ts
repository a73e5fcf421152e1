import { describe, expect, it } from "vitest";
import { benchGraphToGraphData, BenchGraphError } from "./benchAdapter";

const file = {
  nodes: [
    { id: "n0", type: "state", label: "state 0" },
    { id: "n1", type: "organization", label: "organization 1" },
    { id: "n2", type: "person", label: "person 2" },
  ],
  links: [
    { source: "n1", target: "n0" },
    { source: "n2", target: "n0" },
    { source: "n2", target: "n0" },
  ],
};

describe("benchGraphToGraphData", () => {
  it("keeps node ids, kinds and labels in file order", () => {
    const graph = benchGraphToGraphData(file);
    expect(graph.nodes.map((node) => [node.id, node.kind, node.label])).toEqual([
      ["n0", "state", "state 0"],
      ["n1", "organization", "organization 1"],
      ["n2", "person", "person 2"],
    ]);
    expect(graph.indexById.get("n2")).toBe(2);
  });

  it("turns each distinct link into a stated edge between node indices, always shown", () => {
    const graph = benchGraphToGraphData(file);
    expect(graph.edges).toHaveLength(2);
    expect(graph.edges[0]).toMatchObject({ source: 1, target: 0, certainty: "stated", meetingIds: [] });
  });

  it("sizes nodes by degree", () => {
    expect(benchGraphToGraphData(file).nodes.map((node) => node.meetingCount)).toEqual([2, 1, 1]);
  });

  it("names the unknown node a link points at", () => {
    expect(() => benchGraphToGraphData({ nodes: [], links: [{ source: "a", target: "b" }] })).toThrow(BenchGraphError);
    expect(() => benchGraphToGraphData({ nodes: [], links: [{ source: "a", target: "b" }] })).toThrow(/a → b/);
  });
});
