import { describe, expect, it } from "vitest";
import { namingStamp } from "./namingStamp";

describe("namingStamp", () => {
  const graph = { nodes: [{ id: "org:EU" }, { id: "state:GRC" }, { id: "state:BGR" }, { id: "4739" }] as never };
  const leader = { x0: 0, y0: 5, x1: 0, y1: 40 };

  it("names the selected nodes left unnamed, and every name set apart, by id", () => {
    const labels = [{ index: 3, leader }, { index: 1, leader }, { index: 0 }];
    expect(namingStamp(graph, { labels, unnamedSelected: [2] })).toEqual({ selectionUnnamed: "state:BGR", namedApart: "4739,state:GRC" });
  });

  it("is empty when every selected node is named and none set apart, and says nothing while names wait", () => {
    expect(namingStamp(graph, { labels: [{ index: 0 }], unnamedSelected: [] })).toEqual({ selectionUnnamed: "", namedApart: "" });
    expect(namingStamp(graph, { labels: [], unnamedSelected: null })).toEqual({ selectionUnnamed: null, namedApart: "" });
  });
});
