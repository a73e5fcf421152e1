import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliCompressSync, brotliDecompressSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAnchorSite, type AnchorSite } from "./buildAnchorSite";

let dir: string;
let site: AnchorSite;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "anchor-site-"));
  const workloads = path.join(dir, "workloads");
  mkdirSync(workloads);
  writeFileSync(path.join(workloads, "meetings-220.json"), JSON.stringify([{ id: "m1", date: "2003-04-11", topic: "Iraq", outcome: "resolution" }]));
  const graph = JSON.stringify({ nodes: [{ id: "n0", type: "state", label: "state 0" }], links: [] });
  writeFileSync(path.join(workloads, "graph-100.json"), graph);
  writeFileSync(path.join(workloads, "graph-100.json.br"), brotliCompressSync(graph)); // as the app's build leaves it
  writeFileSync(path.join(workloads, "notes.txt"), "not a workload");
  site = await buildAnchorSite(path.join(dir, "site"), workloads);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("buildAnchorSite", () => {
  it("writes the vis-timeline and d3-canvas pages, each loading its own bundled script", () => {
    expect(site.pages).toEqual(["/vis-timeline/", "/d3-canvas/"]);
    for (const [page, script] of [["vis-timeline", "visTimeline.js"], ["d3-canvas", "d3Canvas.js"]] as const) {
      const html = readFileSync(path.join(site.dir, page, "index.html"), "utf8");
      expect(html).toContain(`<script defer src="/assets/${script}">`);
      expect(html).not.toMatch(/<script>|style="/); // the server's CSP allows neither
      const bundle = readFileSync(path.join(site.dir, "assets", script), "utf8");
      expect(bundle).toContain("bench:first-render");
      expect(bundle).not.toMatch(/^import |require\(/m); // everything bundled, nothing left to resolve
    }
    expect(readFileSync(path.join(site.dir, "assets/d3Canvas.js"), "utf8")).toContain("bench:settled");
    expect(existsSync(path.join(site.dir, "assets/vis-timeline.css"))).toBe(true);
  });

  it("copies only the workloads (with the build's compressed copies), and compresses text like the app's build", () => {
    expect(site.workloads.sort()).toEqual(["graph-100.json", "meetings-220.json"]);
    expect(readFileSync(path.join(site.dir, "bench-data/graph-100.json.br"))).toEqual(readFileSync(path.join(dir, "workloads/graph-100.json.br")));
    expect(existsSync(path.join(site.dir, "bench-data/notes.txt"))).toBe(false);
    const script = path.join(site.dir, "assets/visTimeline.js");
    expect(brotliDecompressSync(readFileSync(`${script}.br`))).toEqual(readFileSync(script));
  });

  it("refuses a workloads folder that does not exist, naming it", async () => {
    await expect(buildAnchorSite(path.join(dir, "other"), path.join(dir, "nowhere"))).rejects.toThrow(`no workloads at ${path.join(dir, "nowhere")}`);
  });
});
