import { describe, expect, it } from "vitest";
import { indexDataset } from "@/lib/model/dataset";
import { sampleDataset } from "@/lib/model/fixtures/sampleDataset";
import { decodeShareable, encodeShareable, searchForDefaultYear, wantsAllYears } from "./urlState";
import { linkNotice } from "./urlSchema";
import { emptyFilters } from "./types";

const index = indexDataset(sampleDataset);
const years = { focusYear: null, knownYears: [1946, 1990, 2003, 2022] };
const noticeOf = (search: string) => linkNotice(decodeShareable(search, index, years).problems);

describe("URL state", () => {
  it("round-trips a selection, a time window and filters", () => {
    const state = {
      selection: { meetings: ["4739"], entities: ["org:AU"] },
      timeWindow: { start: "2003-03-01", end: "2003-03-31" },
      filters: { ...emptyFilters, hiddenSubjectAreas: ["iraq"], hiddenOutcomeKinds: ["vetoed-draft"], statedOnly: true },
      viewMode: "list" as const,
      focusYear: 1990,
      story: { ref: "iraq-2003", step: 1 },
      graphView: { x: -12.5, y: 40, span: 380.2 },
    };
    const search = encodeShareable(state);
    expect(search).toBe("m=4739&e=org:AU&from=2003-03-01&to=2003-03-31&areas=iraq&outcomes=vetoed-draft&stated=1&year=1990&story=iraq-2003&step=2&gv=-12.5,40,380.2&view=list");
    expect(decodeShareable(search, index, years)).toEqual({ state, problems: [] });
  });

  it("reads a story and its step, counting steps from 1 in the link", () => {
    expect(decodeShareable("story=kimberley-2003", index).state.story).toEqual({ ref: "kimberley-2003", step: 0 });
    expect(decodeShareable("story=s1.eyJhIjoxfQ&step=3", index).state.story).toEqual({ ref: "s1.eyJhIjoxfQ", step: 2 });
  });

  it("ignores a malformed story or step and names it in the link's notice", () => {
    const hostile = decodeShareable(`story=${encodeURIComponent("<script>alert(1)</script>")}&step=2`, index);
    expect(hostile.state.story).toBeNull();
    expect(hostile.problems).toEqual([{ key: "story", noun: { one: "story name", many: "story names" }, values: ["<script>alert(1)</script>"], reason: expect.any(String) }]);
    expect(linkNotice(hostile.problems)).toBe("Part of this link was not used. 1 story name ignored (story): <script>alert(1)</script> (a built-in story's id or a story carried by a shared link).");
    const badStep = decodeShareable("story=iraq-2003&step=0", index);
    expect(badStep.state.story).toEqual({ ref: "iraq-2003", step: 0 });
    expect(badStep.problems.map((problem) => [problem.key, problem.values])).toEqual([["step", ["0"]]]);
    expect(decodeShareable("step=2", index).problems.map((problem) => problem.noun.one)).toEqual(["step without a story"]);
    expect(decodeShareable(`story=${"x".repeat(70)}`, index).state.story).toBeNull();
  });

  it("encodes the default state as an empty query", () => {
    expect(encodeShareable(decodeShareable("", index).state)).toBe("");
  });

  it("ignores an unknown meeting id and says which", () => {
    const decoded = decodeShareable("m=9999,4739", index);
    expect(decoded.state.selection.meetings).toEqual(["4739"]);
    expect(linkNotice(decoded.problems)).toBe("Part of this link was not used. 1 unknown meeting id ignored (m): 9999.");
  });

  it("selects a meeting named 200 times once", () => {
    const decoded = decodeShareable(`m=${Array(200).fill("4739").join(",")}&e=org:AU,org:AU`, index);
    expect(decoded.state.selection).toEqual({ meetings: ["4739"], entities: ["org:AU"] });
    expect(decoded.problems).toEqual([]);
  });

  it("keeps the notice for 1,500 unknown ids short: a count and the first few", () => {
    const ids = Array.from({ length: 1500 }, (_, i) => `${4000 + i}x`);
    const decoded = decodeShareable(`m=4739,${ids.join(",")}`, index);
    expect(decoded.state.selection.meetings).toEqual(["4739"]);
    const notice = linkNotice(decoded.problems)!;
    expect(notice).toBe("Part of this link was not used. 1,500 unknown meeting ids ignored (m): 4000x, 4001x, 4002x and 1,497 more.");
    expect(notice.length).toBeLessThan(120);
  });

  it("refuses dates that do not exist, in any order of the two ends", () => {
    for (const [from, to] of [["2003-13-45", "2003-14-99"], ["2003-02-30", "2003-03-10"], ["2003-04-31x", "2003-01-01"], ["11 April 2003", "2003-04-12"]]) {
      const decoded = decodeShareable(`from=${encodeURIComponent(from!)}&to=${encodeURIComponent(to!)}`, index, years);
      expect(decoded.state.timeWindow, `${from}…${to}`).toBeNull();
      expect(decoded.problems).toHaveLength(1);
    }
    expect(noticeOf("from=2003-13-45&to=2003-14-99")).toBe("Part of this link was not used. 1 time window ignored (from, to): 2003-13-45 to 2003-14-99 (not two real calendar dates).");
    expect(decodeShareable("from=2004-02-29&to=2004-03-01", index, years).state.timeWindow).toEqual({ start: "2004-02-29", end: "2004-03-01" });
  });

  it("puts a window given end first in order, and refuses half a window or one outside the data", () => {
    expect(decodeShareable("from=2003-03-31&to=2003-03-01", index, years).state.timeWindow).toEqual({ start: "2003-03-01", end: "2003-03-31" });
    expect(noticeOf("from=2003-03-01")).toBe("Part of this link was not used. 1 time window ignored (from, to): 2003-03-01 to (none) (it needs both from and to).");
    expect(noticeOf("from=2100-01-01&to=2100-12-31")).toBe("Part of this link was not used. 1 time window ignored (from, to): 2100-01-01 to 2100-12-31 (the data covers 1946–2022).");
    // Partly inside the data: kept, within the years the data holds.
    expect(decodeShareable("from=1940-01-01&to=1946-06-30", index, years).state.timeWindow).toEqual({ start: "1946-01-01", end: "1946-06-30" });
    expect(decodeShareable("from=0001-01-01&to=9999-12-31", index, years)).toEqual({ state: expect.objectContaining({ timeWindow: { start: "1946-01-01", end: "2022-12-31" } }), problems: [] });
  });

  it("accepts a year data/ holds and refuses one it does not, saying so", () => {
    expect(decodeShareable("year=1990", index, years)).toEqual({ state: expect.objectContaining({ focusYear: 1990 }), problems: [] });
    expect(decodeShareable("year=2100", index, years).state.focusYear).toBeNull();
    expect(noticeOf("year=2100")).toBe("Part of this link was not used. 1 year ignored (year): 2100 (the data covers 1946–2022).");
    expect(linkNotice(decodeShareable("year=19x0", index).problems)).toBe("Part of this link was not used. 1 year ignored (year): 19x0 (not a four-digit year).");
  });

  it("checks outcomes, entity kinds and subject areas against their vocabularies", () => {
    const decoded = decodeShareable("outcomes=bogus,resolution,bogus&kinds=state,planet&areas=iraq,atlantis", index, years);
    expect(decoded.state.filters).toEqual({ ...emptyFilters, hiddenOutcomeKinds: ["resolution"], hiddenEntityKinds: ["state"], hiddenSubjectAreas: ["iraq"] });
    expect(linkNotice(decoded.problems)).toBe(
      "Part of this link was not used. 1 unknown subject area ignored (areas): atlantis. 1 unknown outcome ignored (outcomes): bogus. 1 unknown entity kind ignored (kinds): planet.",
    );
    // "outcomes=bogus" alone leaves no filter active.
    expect(decodeShareable("outcomes=bogus", index).state.filters).toEqual(emptyFilters);
  });

  it("says so when view, stated or years carry a value it does not know", () => {
    const decoded = decodeShareable("view=table&stated=yes&years=some", index, years);
    expect(decoded.state.viewMode).toBe("graph");
    expect(decoded.state.filters.statedOnly).toBe(false);
    expect(decoded.problems.map((problem) => problem.key)).toEqual(["stated", "years", "view"]);
    expect(linkNotice(decoded.problems)).toContain("1 unknown view ignored (view): table (the views are graph and list).");
    expect(decodeShareable("stated=0", index).problems).toEqual([]);
  });

  it("reads the graph's view, and names one it cannot use without moving the graph", () => {
    expect(decodeShareable("gv=120,-35.5,400", index).state.graphView).toEqual({ x: 120, y: -35.5, span: 400 });
    const hostile = decodeShareable("gv=1e9,0,0", index);
    expect(hostile.state.graphView).toBeNull();
    expect(linkNotice(hostile.problems)).toContain("1 graph view ignored (gv): 1e9,0,0 (three numbers: the centre and the span the graph shows).");
  });

  it("ignores keys it does not own, such as a campaign tag", () => {
    expect(decodeShareable("utm_source=newsletter&m=4739", index).problems).toEqual([]);
  });

  it("cuts a long value in the notice", () => {
    const notice = linkNotice(decodeShareable(`e=${"x".repeat(5000)}`, index).problems)!;
    expect(notice.length).toBeLessThan(100);
    expect(notice).toContain("xxx…");
  });
});

describe("the data a link asks for", () => {
  it("asks for every year on years=all, a known focus year other than the default, or a window outside the default year", () => {
    expect(wantsAllYears("years=all", 2003)).toBe(true);
    expect(wantsAllYears("year=1990", 2003)).toBe(true);
    expect(wantsAllYears("year=1990", 2003, [1990, 2003])).toBe(true);
    expect(wantsAllYears("from=1990-08-01&to=1990-08-31", 2003)).toBe(true);
    expect(wantsAllYears("from=2003-08-01&to=2004-01-31", 2003)).toBe(false);
    expect(wantsAllYears("year=2003&m=4739", 2003)).toBe(false);
    expect(wantsAllYears("", 2003)).toBe(false);
  });

  it("does not load every year for a year the data lacks or a date that does not exist", () => {
    expect(wantsAllYears("year=2100", 2003, [1946, 2003, 2022])).toBe(false);
    expect(wantsAllYears("from=1990-02-30&to=1990-03-01", 2003)).toBe(false);
  });
});

describe("going back from every year to the default year", () => {
  it("drops years=all, the focus year, other years' ids and a window outside the year; keeps the rest", () => {
    expect(searchForDefaultYear("years=all&year=1990&m=4739,2932&e=org:AU&areas=iraq&view=list", index, 2003, years.knownYears)).toBe("m=4739&e=org:AU&areas=iraq&view=list");
    expect(searchForDefaultYear("years=all&from=1990-01-01&to=1990-12-31", index, 2003, years.knownYears)).toBe("");
    expect(searchForDefaultYear("years=all&from=2002-12-01&to=2003-01-31", index, 2003, years.knownYears)).toBe("from=2002-12-01&to=2003-01-31");
  });
});
