import { describe, expect, it } from "vitest";
import { directoryLocation, isShippable, parseRequestPath } from "./requestPath.mjs";

describe("parseRequestPath", () => {
  it("splits a page path and keeps its query", () => {
    expect(parseRequestPath("/bench/graph/?n=100")).toEqual({ ok: true, segments: ["bench", "graph"], trailingSlash: true, query: "?n=100" });
    expect(parseRequestPath("/")).toEqual({ ok: true, segments: [], trailingSlash: false, query: "" });
  });

  it.each(["/%", "/%zz", "/%ff", "/%c0%ae", "/a%e0%80"])("answers the malformed escape %s with 400", (target) => {
    expect(parseRequestPath(target)).toMatchObject({ ok: false, status: 400 });
  });

  it.each(["/../out-private/secret.txt", "/a/%2e%2e/%2e%2e/etc/passwd", "/./index.html", "/data/..%2f..%2fetc"])("refuses the dot segment in %s", (target) => {
    expect(parseRequestPath(target)).toMatchObject({ ok: false, status: 400, reason: "the path has a dot segment" });
  });

  it("refuses a NUL byte and a target that is not a path", () => {
    expect(parseRequestPath("/index.html%00.txt")).toMatchObject({ ok: false, status: 400 });
    expect(parseRequestPath("http://example.org/")).toMatchObject({ ok: false, status: 400 });
    expect(parseRequestPath("*")).toMatchObject({ ok: false, status: 400 });
  });

  it("decodes escaped names and collapses repeated slashes", () => {
    expect(parseRequestPath("//data//meetings/2003.json")).toMatchObject({ ok: true, segments: ["data", "meetings", "2003.json"] });
    expect(parseRequestPath("/caf%C3%A9")).toMatchObject({ ok: true, segments: ["café"] });
  });
});

describe("isShippable", () => {
  it.each([
    ["_next/static/chunks/2z3sh82dl8glu.js.map"],
    ["_next/static/media/layerWorker.1ockghkf5scjc.ts"],
    ["index.html.br"],
    ["index.html.gz"],
    [".csp-hashes.json"],
    [".git/config"],
  ])("refuses %s", (file) => {
    expect(isShippable(file.split("/"))).toBe(false);
  });

  it("serves pages, scripts and data", () => {
    for (const file of ["index.html", "_next/static/chunks/055napohobqkf.js", "data/meetings/2003.json", "index.txt"]) expect(isShippable(file.split("/"))).toBe(true);
  });
});

describe("directoryLocation", () => {
  it("never redirects to another host", () => {
    expect(directoryLocation(["evil.example"], "")).toBe("/evil.example/");
    expect(directoryLocation(["a b", "c"], "?x=1")).toBe("/a%20b/c/?x=1");
  });
});
