import { describe, expect, it } from "vitest";
import { shortLabelFor } from "./shortLabel";

describe("shortLabelFor", () => {
  it('writes "United Kingdom" for the United Kingdom of Great Britain and Northern Ireland', () => {
    expect(shortLabelFor({ name: "United Kingdom of Great Britain and Northern Ireland", aliases: ["United Kingdom", "UK", "Britain", "Great Britain"] })).toBe("United Kingdom");
  });

  it("passes over acronyms, aliases under four characters and the name in other capitals", () => {
    expect(shortLabelFor({ name: "The former Yugoslav Republic of Macedonia", aliases: ["the former Yugoslav Republic of Macedonia", "FYROM", "Macedonia"] })).toBe("Macedonia");
    expect(shortLabelFor({ name: "Union of Soviet Socialist Republics", aliases: ["USSR", "Soviet Union"] })).toBe("Soviet Union");
  });

  it("keeps the name when it is short, or when the only aliases are acronyms", () => {
    expect(shortLabelFor({ name: "Pakistan", aliases: ["Islamic Republic of Pakistan"] })).toBe("Pakistan");
    expect(shortLabelFor({ name: "Organization for Security and Co-operation in Europe", aliases: ["OSCE"] })).toBe("Organization for Security and Co-operation in Europe");
    expect(shortLabelFor({ name: "Minister for Provincial and Local Government of South Africa", aliases: [] })).toBe("Minister for Provincial and Local Government of South Africa");
  });

  it("writes an organization's acronym when it has no shorter name: OAS, OSCE, ECOWAS", () => {
    expect(shortLabelFor({ kind: "organization", name: "Organization of American States", aliases: ["OAS"] })).toBe("OAS");
    expect(shortLabelFor({ kind: "organization", name: "Economic Community of West African States", aliases: ["ECOWAS"] })).toBe("ECOWAS");
    expect(shortLabelFor({ kind: "state", name: "Democratic Republic of the Congo", aliases: ["DRC"] })).toBe("Democratic Republic of the Congo");
  });

  it("keeps a state's one display name, never an alias: the USSR is not also the Soviet Union", () => {
    expect(shortLabelFor({ kind: "state", name: "Union of Soviet Socialist Republics", aliases: ["USSR", "Soviet Union"] })).toBe("Union of Soviet Socialist Republics");
    expect(shortLabelFor({ kind: "state", name: "Democratic Republic of the Congo", aliases: ["DRC", "Congo-Kinshasa"] })).toBe("Democratic Republic of the Congo");
  });
});
