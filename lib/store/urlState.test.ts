import { describe, expect, it } from "vitest";
import { indexDataset } from "@/lib/model/dataset";
import { sampleDataset } from "@/lib/model/fixtures/sampleDataset";
import { decodeShareable, encodeShareable, wantsAllYears } from "./urlState";
import { emptyFilters } from "./types";

const index = indexDataset(sampleDataset);

describe("URL state", () => {
  it("round-trips a selection, a time window and filters", () => {
    const state = {
      selection: { meetings: ["4739"], entities: ["org:AU"] },
      timeWindow: { start: "2003-03-01", end: "2003-03-31" },
      filters: { ...emptyFilters, hiddenSubjectAreas: ["iraq"], statedOnly: true },
      viewMode: "list" as const,
      focusYear: 1990,
    };
    const search = encodeShareable(state);
    expect(search).toBe("m=4739&e=org:AU&from=2003-03-01&to=2003-03-31&areas=iraq&stated=1&year=1990&view=list");
    expect(decodeShareable(search, index)).toEqual({ state, ignored: [] });
  });

  it("ignores an unknown meeting id and says so", () => {
    const decoded = decodeShareable("m=9999,4739", index);
    expect(decoded.state.selection.meetings).toEqual(["4739"]);
    expect(decoded.ignored).toEqual(['meeting "9999"']);
  });

  it("accepts a year data/ holds and ignores one it does not, saying so", () => {
    const years = { focusYear: null, knownYears: [1946, 1990, 2003] };
    expect(decodeShareable("year=1990", index, years)).toEqual({ state: expect.objectContaining({ focusYear: 1990 }), ignored: [] });
    expect(decodeShareable("year=2031", index, years)).toEqual({ state: expect.objectContaining({ focusYear: null }), ignored: ['year "2031"'] });
    expect(decodeShareable("year=19x0", index).ignored).toEqual(['year "19x0"']);
  });

  it("ignores a malformed time window instead of failing", () => {
    const decoded = decodeShareable("from=2003-04-31x&to=2003-01-01", index);
    expect(decoded.state.timeWindow).toBeNull();
    expect(decoded.ignored).toHaveLength(1);
  });

  it("encodes the default state as an empty query", () => {
    expect(encodeShareable(decodeShareable("", index).state)).toBe("");
  });
});

describe("the data a link asks for", () => {
  it("asks for every year on years=all or a focus year other than 2003", () => {
    expect(wantsAllYears("years=all", 2003)).toBe(true);
    expect(wantsAllYears("year=1990", 2003)).toBe(true);
    expect(wantsAllYears("year=2003&m=4739", 2003)).toBe(false);
    expect(wantsAllYears("", 2003)).toBe(false);
  });
});
