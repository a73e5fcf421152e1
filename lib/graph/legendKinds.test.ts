import { describe, expect, it } from "vitest";
import { indexDataset } from "@/lib/model/dataset";
import { sampleDataset } from "@/lib/model/fixtures/sampleDataset";
import { createExplorerStore } from "@/lib/store/createExplorerStore";
import { createDerivedSelectors } from "@/lib/store/derivedSelectors";
import { graphDisplayInput } from "@/lib/store/graphDisplayInput";
import type { ExplorerState, ExplorerStore } from "@/lib/store/types";
import { buildGraph } from "./buildGraph";
import { graphDisplay } from "./display";
import { legendKindsOf, legendKindsShown } from "./legendKinds";

const graph = buildGraph(sampleDataset);
const derived = createDerivedSelectors(indexDataset(sampleDataset));
const displayOf = (state: ExplorerState) => graphDisplay(graph, graphDisplayInput(derived, state));
const explorerWith = (change: (state: ExplorerStore) => void) => {
  const explorer = createExplorerStore();
  change(explorer.getState());
  return explorer.getState();
};

describe("legendKindsOf", () => {
  it("lists every kind the graph holds, in legend order", () => {
    expect(legendKindsOf(graph)).toEqual({
      nodeKinds: ["state", "organization", "person", "meeting"],
      edgeKinds: ["presided", "spoke", "spoke-on-behalf", "aligned-with", "subject-of"],
      hasInferred: true,
    });
  });
});

describe("legendKindsShown", () => {
  it("is the whole legend when nothing is selected or filtered", () => {
    expect(legendKindsShown(graph, displayOf(createExplorerStore().getState()))).toEqual(legendKindsOf(graph));
  });

  it("keeps to what the selection lights up: 4739 has speakers and alignments, no subject-of link", () => {
    const kinds = legendKindsShown(graph, displayOf(explorerWith((state) => state.selectMeeting("4739"))));
    expect(kinds.nodeKinds).toEqual(["state", "organization", "person", "meeting"]);
    expect(kinds.edgeKinds).toEqual(["presided", "spoke", "spoke-on-behalf", "aligned-with"]);
  });

  it("drops the dashed key when the lit links are all stated: 4694's president is in the meeting table", () => {
    const kinds = legendKindsShown(graph, displayOf(explorerWith((state) => state.selectMeeting("4694"))));
    expect(kinds).toEqual({ nodeKinds: ["state", "meeting"], edgeKinds: ["presided"], hasInferred: false });
  });

  it("leaves out kinds only dimmed context has", () => {
    const kinds = legendKindsShown(graph, displayOf(explorerWith((state) => state.selectMeeting("4740"))));
    expect(kinds.nodeKinds).not.toContain("organization");
    expect(kinds.edgeKinds).not.toContain("spoke-on-behalf");
  });

  it("follows the filters without a selection: only stated links, no dashed key", () => {
    const kinds = legendKindsShown(graph, displayOf(explorerWith((state) => state.setStatedOnly(true))));
    expect(kinds.hasInferred).toBe(false);
  });

  it("falls back to every kind when nothing is drawn", () => {
    const display = displayOf(explorerWith((state) => state.setTimeWindow({ start: "1990-01-01", end: "1990-01-02" })));
    expect(display.visibleNodeCount).toBe(0);
    expect(legendKindsShown(graph, display)).toEqual(legendKindsOf(graph));
  });
});
