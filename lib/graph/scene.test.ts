import { describe, expect, it } from "vitest";
import { sampleDataset } from "@/lib/model/fixtures/sampleDataset";
import { buildGraph } from "./buildGraph";
import { DisplayState, plainDisplay } from "./display";
import { entityKinds } from "@/lib/model/vocabulary";
import { drawGroups, groupsSize, nodeKindOrder, prepareScene } from "./scene";

const graph = buildGraph(sampleDataset);
const scene = prepareScene(graph);

describe("prepareScene", () => {
  it("lists each node's edges", () => {
    const eu = graph.indexById.get("org:EU")!;
    const edgesOfEu = [...scene.adjacencyEdges.slice(scene.adjacencyStart[eu], scene.adjacencyStart[eu + 1])].map((i) => graph.edges[i]!.id);
    expect(edgesOfEu.sort()).toEqual(["aligned-with|state:CZE|org:EU|stated", "spoke-on-behalf|state:GRC|org:EU|stated"]);
  });

  it("offers labels to entities before meetings", () => {
    const kinds = [...scene.labelOrder].map((i) => graph.nodes[i]!.kind);
    expect(kinds.indexOf("meeting")).toBe(kinds.length - 3);
  });
});

describe("drawGroups", () => {
  it("batches by state, weakest first, and leaves hidden items out", () => {
    const display = plainDisplay(graph);
    display.nodeState[0] = DisplayState.hidden;
    display.nodeState[1] = DisplayState.selected;
    const groups = drawGroups(scene, display);
    const drawn = groups.nodes.reduce((sum, batch) => sum + batch.indices.length, 0);
    expect(drawn).toBe(graph.nodes.length - 1);
    expect(groups.nodes.at(-1)).toMatchObject({ state: DisplayState.selected });
    expect(groups.nodes.map((batch) => batch.state)).toEqual([...groups.nodes.map((batch) => batch.state)].sort());
  });

  it("keeps only what is drawn at least as strongly as minState: a selection's lit part", () => {
    const display = plainDisplay(graph);
    display.nodeState.fill(DisplayState.dimmed);
    display.edgeState.fill(DisplayState.dimmed);
    display.nodeState[1] = DisplayState.selected;
    display.nodeState[2] = DisplayState.highlighted;
    display.edgeState[0] = DisplayState.highlighted;
    const lit = drawGroups(scene, display, DisplayState.highlighted);
    expect(groupsSize(lit)).toBe(3);
    expect(lit.edges.flatMap((batch) => [...batch.indices])).toEqual([0]);
    expect(lit.nodes.flatMap((batch) => [...batch.indices]).sort()).toEqual([1, 2]);
    expect(groupsSize(drawGroups(scene, display))).toBe(graph.nodes.length + graph.edges.length);
  });
});

describe("node kinds", () => {
  it("gives every kind of node a place in the drawing order, so none goes undrawn", () => {
    for (const kind of [...entityKinds, "meeting" as const]) expect(nodeKindOrder, kind).toContain(kind);
  });
});
