import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wantsAllYears } from "@/lib/store/urlState";
import { allYearsFileUrls, allYearsPreloadScript } from "./allYearsPreload";

const years = [1946, 1990, 2003, 2022];

/** Runs the inline script against a page at `search`; returns the links it added to the head. */
function preloadsFor(search: string): Array<Record<string, string>> {
  const added: Array<Record<string, string>> = [];
  const document = {
    createElement: () => ({}) as Record<string, string>,
    head: { appendChild: (link: Record<string, string>) => added.push(link) },
  };
  new Function("location", "document", allYearsPreloadScript(2003, years))({ search }, document);
  return added;
}

describe("allYearsPreloadScript", () => {
  it("preloads every all-years file, as fetch() will ask for them, for a link to every year", () => {
    const links = preloadsFor("?years=all&m=4739");
    expect(links.map((link) => link.href)).toEqual(allYearsFileUrls());
    expect(links.map((link) => link.href)).toContain("/data/all-years.json");
    for (const link of links) expect(link).toMatchObject({ rel: "preload", as: "fetch", crossOrigin: "anonymous" });
  });

  it("preloads for another year the data holds, and not for the default year, an unknown year or garbage", () => {
    expect(preloadsFor("?year=1990")).toHaveLength(allYearsFileUrls().length);
    expect(preloadsFor("?year=2003")).toEqual([]);
    expect(preloadsFor("?year=2100")).toEqual([]);
    expect(preloadsFor("?year=%3Cscript%3E&years=some")).toEqual([]);
    expect(preloadsFor("")).toEqual([]);
  });

  it("never preloads what the explorer will not fetch (the view's own rule, for links naming years)", () => {
    const yearParam = fc.oneof(fc.constantFrom(...years.map(String), "2100", "0", "1990.0", ""), fc.string());
    fc.assert(
      fc.property(yearParam, fc.constantFrom("all", "", "ALL", "x"), (year, scope) => {
        const search = `?${new URLSearchParams({ year, years: scope })}`;
        return preloadsFor(search).length === 0 || wantsAllYears(search, 2003, years);
      }),
    );
  });
});
