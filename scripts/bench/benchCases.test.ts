import { describe, expect, it } from "vitest";
import { APP_CASES, EMPTY_PAGE, selectCases, VIEW_CASES } from "./benchCases";

describe("the benchmark's cases", () => {
  it("measures each view next to its anchor at the same size", () => {
    const keys = VIEW_CASES.map((benchCase) => benchCase.key);
    expect(keys.indexOf("vis-timeline 10000")).toBe(keys.indexOf("timeline 10000") + 1);
    expect(keys.indexOf("d3 canvas 5000")).toBe(keys.indexOf("graph 5000") + 1);
    expect(VIEW_CASES.filter((benchCase) => benchCase.site === "anchors").every((benchCase) => !benchCase.path.startsWith("/bench/"))).toBe(true);
  });

  it("measures the empty page first in a run, without moving it, so that every view's figures can be read against it", () => {
    expect(VIEW_CASES[0]).toMatchObject({ key: EMPTY_PAGE, site: "app", path: "/bench/floor/", moves: false });
    expect(VIEW_CASES.filter((benchCase) => benchCase.key !== EMPTY_PAGE).every((benchCase) => benchCase.moves)).toBe(true);
  });

  it("selects by a case-insensitive substring, and nothing for a text no case holds", () => {
    expect(selectCases(VIEW_CASES, "Graph 5000").map((benchCase) => benchCase.key)).toEqual(["graph 5000"]);
    expect(selectCases(VIEW_CASES, "timeline 10000").map((benchCase) => benchCase.key)).toEqual(["timeline 10000", "vis-timeline 10000"]);
    expect(selectCases(APP_CASES, "all years").map((benchCase) => benchCase.server)).toEqual(["app", "uncompressed"]);
    expect(selectCases(APP_CASES, "nothing like this")).toEqual([]);
    expect(selectCases(VIEW_CASES, undefined)).toHaveLength(VIEW_CASES.length);
  });
});
