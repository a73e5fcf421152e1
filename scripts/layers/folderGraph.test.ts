import { describe, expect, it } from "vitest";
import { buildFolderGraph, folderCycles } from "./folderGraph";
import { layerBreaches } from "./layerRules";

describe("folder import graph", () => {
  it("finds a cycle between two folders even when no two files import each other", () => {
    const graph = buildFolderGraph([
      { file: "components/explorer/Explorer.tsx", imports: ["components/timeline/TimelineView.tsx"] },
      { file: "components/timeline/TimelineView.tsx", imports: ["components/explorer/StoreProvider.tsx"] },
      { file: "components/explorer/StoreProvider.tsx", imports: ["lib/store/createStore.ts"] },
    ]);
    expect(folderCycles(graph)).toEqual([["components/explorer", "components/timeline"]]);
  });

  it("finds no cycle in a layered graph, and ignores imports inside one folder", () => {
    const graph = buildFolderGraph([
      { file: "components/timeline/TimelineView.tsx", imports: ["components/timeline/TimelineScene.tsx", "lib/store/selectors.ts"] },
      { file: "lib/store/selectors.ts", imports: ["lib/model/schema.ts"] },
      { file: "lib/model/schema.ts", imports: [] },
    ]);
    expect(folderCycles(graph)).toEqual([]);
  });

  it("reports a cycle through three folders as one group", () => {
    const graph = buildFolderGraph([
      { file: "a/x.ts", imports: ["b/y.ts"] },
      { file: "b/y.ts", imports: ["c/z.ts"] },
      { file: "c/z.ts", imports: ["a/x.ts"] },
    ]);
    expect(folderCycles(graph)).toEqual([["a", "b", "c"]]);
  });
});

describe("layer rules", () => {
  it("names the file-level import behind a breach", () => {
    const graph = buildFolderGraph([{ file: "lib/model/buildDataset.ts", imports: ["lib/sources/repertoire.ts"] }]);
    expect(layerBreaches(graph)).toEqual(["lib/model -> lib/sources (the data contract is pure and stands alone): lib/model/buildDataset.ts -> lib/sources/repertoire.ts"]);
  });

  it("lets a view depend on lib/store", () => {
    const graph = buildFolderGraph([{ file: "components/graph/GraphView.tsx", imports: ["lib/store/ExplorerStoreProvider.tsx"] }]);
    expect(layerBreaches(graph)).toEqual([]);
  });
});
