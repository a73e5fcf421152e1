import { describe, expect, it } from "vitest";
import { benchWorkloadUrl, workloadPreloadScript } from "./workloadFiles";

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

/** Runs the inline script against a page at `search`; returns the hrefs of the links it added. */
function preloadsFor(search: string): string[] {
  const added: Array<Record<string, string>> = [];
  const document = {
    createElement: () => ({}) as Record<string, string>,
    head: { appendChild: (link: Record<string, string>) => added.push(link) },
  };
  new Function("location", "document", workloadPreloadScript(graphs))({ search }, document);
  for (const link of added) expect(link).toMatchObject({ rel: "preload", as: "fetch", crossOrigin: "anonymous" });
  return added.map((link) => link.href!);
}

describe("workloadPreloadScript", () => {
  it("preloads the file the page will fetch, by the same rule, for any ?n=", () => {
    const ns = ["100", "1000", "5000", "", "../../data/index", "__proto__", "constructor", "toString"];
    for (const n of ns) expect(preloadsFor(`?${new URLSearchParams({ n })}`)).toEqual([benchWorkloadUrl(graphs, new URLSearchParams({ n }))]);
    expect(preloadsFor("")).toEqual(["/bench-data/graph-1000.json"]);
  });

  it("preloads nothing for a ?data= link: that URL is fetched by the page as it is", () => {
    expect(preloadsFor("?data=/mine.json&n=100")).toEqual([]);
  });
});
