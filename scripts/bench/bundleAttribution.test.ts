import { SourceMapGenerator } from "source-map-js";
import { describe, expect, it } from "vitest";
import { bucketOf, generatedBytesByBucket, shareBySize, sumOf } from "./bundleAttribution";

describe("bucketOf", () => {
  it("names the framework, dependencies and our own folders", () => {
    expect(bucketOf("turbopack:///[project]/node_modules/next/dist/client/app-index.js")).toBe("framework next");
    expect(bucketOf("turbopack:///[project]/node_modules/next/dist/compiled/react-dom/cjs/x.js")).toBe("framework next");
    expect(bucketOf("turbopack:///[turbopack]/browser/runtime/base/build-base.ts")).toBe("framework turbopack runtime");
    expect(bucketOf("turbopack:///[project]/node_modules/@swc/helpers/esm/_x.js")).toBe("framework @swc/helpers");
    expect(bucketOf("turbopack:///[project]/node_modules/d3-zoom/src/zoom.js")).toBe("dependency d3-zoom");
    expect(bucketOf("turbopack:///[project]/node_modules/@visx/scale/esm/x.js")).toBe("dependency @visx/scale");
    expect(bucketOf("turbopack:///[project]/components/graph/GraphScene.tsx")).toBe("ours components/graph");
    expect(bucketOf("turbopack:///[project]/lib/store/selectors.ts")).toBe("ours lib/store");
    expect(bucketOf("turbopack:///[project]/app/page.tsx")).toBe("ours app");
    expect(bucketOf("webpack://x/y.js")).toBe("other");
    expect(bucketOf(null)).toBe("unmapped");
  });
});

describe("generatedBytesByBucket and shareBySize", () => {
  // Two lines of generated code: "AAAABBBB" (4 bytes of graph code, then 4 of d3) and "CC" unmapped.
  const code = "AAAABBBB\nCC";
  const generator = new SourceMapGenerator({ file: "chunk.js" });
  generator.addMapping({ generated: { line: 1, column: 0 }, original: { line: 1, column: 0 }, source: "[project]/components/graph/a.ts" });
  generator.addMapping({ generated: { line: 1, column: 4 }, original: { line: 1, column: 0 }, source: "[project]/node_modules/d3-zoom/src/zoom.js" });
  const map = JSON.parse(generator.toString());

  it("counts each mapped stretch for its source and the rest as unmapped", () => {
    const bytes = generatedBytesByBucket(code, map);
    expect(Object.fromEntries(bytes)).toEqual({ "ours components/graph": 4, "dependency d3-zoom": 4, unmapped: 2 });
  });

  it("shares a script's gzip size in proportion, summing to the whole", () => {
    const shares = shareBySize(1000, generatedBytesByBucket(code, map));
    expect(shares.get("ours components/graph")).toBeCloseTo(400);
    expect(shares.get("unmapped")).toBeCloseTo(200);
    expect(sumOf(shares, "")).toBeCloseTo(1000);
    expect(sumOf(shares, "dependency ")).toBeCloseTo(400);
  });

  it("gives a script with no mapped code wholly to unmapped", () => {
    expect(Object.fromEntries(shareBySize(50, new Map()))).toEqual({ unmapped: 50 });
  });
});
