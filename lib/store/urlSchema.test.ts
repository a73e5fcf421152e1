import { describe, expect, it } from "vitest";
import { knownIds, knownYear, LinkProblems, linkNotice, listOf, oneOf, realWindow } from "./urlSchema";

describe("the rules a link's values must meet", () => {
  it("reads a comma list without empty parts or stray spaces", () => {
    expect(listOf(" 4739, ,4740,")).toEqual(["4739", "4740"]);
    expect(listOf(null)).toEqual([]);
  });

  it("keeps each known id once, in the link's order, and reports each unknown one", () => {
    const rejected: string[] = [];
    expect(knownIds("b,a,b,zz,a", (id) => id.length === 1, (id) => rejected.push(id))).toEqual(["b", "a"]);
    expect(rejected).toEqual(["zz"]);
  });

  it("accepts only real calendar days for a window, and puts the ends in order", () => {
    expect(realWindow("2003-02-28", "2003-02-01")).toEqual({ start: "2003-02-01", end: "2003-02-28" });
    expect(realWindow("2003-02-29", "2003-03-01")).toBeNull();
    expect(realWindow("2003-13-45", "2003-14-99")).toBeNull();
    expect(realWindow("2003-1-1", "2003-01-02")).toBeNull();
  });

  it("knows vocabularies and years", () => {
    expect(oneOf("list", ["graph", "list"])).toBe("list");
    expect(oneOf("constructor", ["graph", "list"])).toBeNull();
    expect(knownYear("1990", [1990])).toBe(1990);
    expect(knownYear("2100", [1990])).toBeNull();
    expect(knownYear("+990", undefined)).toBeNull();
  });
});

describe("the notice for what a link got wrong", () => {
  it("says nothing when nothing was wrong", () => {
    expect(linkNotice(new LinkProblems().list)).toBeNull();
  });

  it("counts distinct values once and groups them by key", () => {
    const problems = new LinkProblems();
    for (const id of ["1x", "2x", "1x"]) problems.reject("m", { one: "unknown meeting id", many: "unknown meeting ids" }, id);
    problems.reject("e", { one: "unknown entity id", many: "unknown entity ids" }, "org:NOPE");
    expect(linkNotice(problems.list)).toBe("Part of this link was not used. 2 unknown meeting ids ignored (m): 1x, 2x. 1 unknown entity id ignored (e): org:NOPE.");
  });

  it("keeps a message a key gave in its own words, cut to a sentence's length", () => {
    const problems = new LinkProblems();
    problems.push(`story "${"s".repeat(400)}" is not one of the stories`);
    const notice = linkNotice(problems.list)!;
    expect(notice.length).toBeLessThan(200);
  });
});
