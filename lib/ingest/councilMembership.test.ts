import { describe, expect, it } from "vitest";
import { InvalidSourceError } from "./sourceErrors";
import { CouncilMembership, parseCouncilMembers } from "./councilMembership";

// A file in the shape of council-members-1946-2022.json, with the real members of 1962 and 2003.
const permanent = [
  { iso3: "CHN", name: "China", from: 1946, to: 2022 },
  { iso3: "FRA", name: "France", from: 1946, to: 2022 },
  { iso3: "SUN", name: "Union of Soviet Socialist Republics", from: 1946, to: 1991 },
  { iso3: "RUS", name: "Russian Federation", from: 1992, to: 2022 },
  { iso3: "GBR", name: "United Kingdom", from: 1946, to: 2022 },
  { iso3: "USA", name: "United States", from: 1946, to: 2022 },
];
const elected1962 = ["CHL", "GHA", "IRL", "ROU", "EGY", "VEN"].map((iso3) => ({ iso3, name: iso3 === "EGY" ? "United Arab Republic" : iso3 }));
const elected2003 = ["AGO", "BGR", "CMR", "CHL", "DEU", "GIN", "MEX", "PAK", "ESP", "SYR"].map((iso3) => ({ iso3, name: iso3 }));
const membership = parseCouncilMembers({ permanent, elected: { "1962": elected1962, "2003": elected2003 } });

describe("Council membership", () => {
  it("gives 11 members before 1966 with the USSR, and 15 in 2003 with the Russian Federation", () => {
    expect(membership.sizeIn(1962)).toBe(11);
    expect(membership.membersOn("1962-06-22")).toContain("state:SUN");
    expect(membership.membersOn("1962-06-22")).toContain("state:EGY");
    expect(membership.sizeIn(2003)).toBe(15);
    expect(membership.membersOn("2003-04-11")).toContain("state:RUS");
    expect(membership.membersOn("2003-04-11")).not.toContain("state:SUN");
  });

  it("lists the years each state sat", () => {
    expect(membership.yearsByEntity().get("state:CHL")).toEqual([1962, 2003]);
    expect(membership.membersIn(1990)).toBeUndefined();
  });

  it("refuses a file of the wrong shape in one line naming it", () => {
    expect(() => parseCouncilMembers({ permanent: [] })).toThrow(InvalidSourceError);
    expect(() => parseCouncilMembers({ permanent: [] })).toThrow(/^data\/council-members-1946-2022\.json: not the Council's membership by year at permanent/);
  });

  it("writes every year's members for data/ and reads them back the same, naming the file when they are wrong", () => {
    const data = membership.toData();
    expect(data.source).toBe("data/council-members-1946-2022.json");
    expect(Object.keys(data.years)).toEqual(["1962", "2003"]);
    const read = CouncilMembership.fromData(JSON.parse(JSON.stringify(data)));
    expect(read.membersOn("1962-06-22")).toEqual(membership.membersOn("1962-06-22"));
    expect(read.sizeIn(2003)).toBe(15);
    expect(() => CouncilMembership.fromData({ source: "x", years: { "1992": ["France"] } })).toThrow(/^data\/council-members\.json: not the Council's members by year at years\.1992\.0: /);
    expect(() => CouncilMembership.fromData(null)).toThrow(/^data\/council-members\.json: /);
  });
});
