import { describe, expect, it } from "vitest";
import { referenceFixture } from "./fixtures/reference2003";
import { parseReference, referenceEntities, referenceYear } from "./reference";

const reference = parseReference(referenceFixture);
const entities = referenceEntities(reference);
const entity = (id: string) => entities.find((candidate) => candidate.id === id);

describe("referenceYear", () => {
  it("reads 2003 from the reference's monthly presidencies", () => expect(referenceYear(reference)).toBe(2003));

  it("refuses a reference whose presidencies span two years, or none", () => {
    const mixed = { ...reference, presidencies: [...reference.presidencies, { month: "2004-01", iso3: "CHL", name: "Chile", president: null }] };
    expect(() => referenceYear(mixed)).toThrow(/one year; it gives 2003, 2004/);
    expect(() => referenceYear({ ...reference, presidencies: [] })).toThrow(/it gives none/);
  });
});

describe("referenceEntities", () => {
  it("makes each state an entity with its ISO code, name and aliases", () => {
    expect(entity("state:CZE")).toMatchObject({ kind: "state", name: "Czech Republic", iso3: "CZE", aliases: ["the Czech Republic", "Czechia"], sources: [{ source: "reference", file: "data/reference-2003.json", note: "states: CZE" }] });
  });

  it("gives organizations their acronym as an alias, their kind and their members as state ids", () => {
    expect(entity("org:ECOWAS")).toMatchObject({ kind: "organization", orgKind: "subregional", aliases: ["ECOWAS"] });
    expect(entity("org:ECOWAS")?.members).toContain("state:NGA");
    expect(entity("org:EU")).toMatchObject({ orgKind: "union" });
  });

  it("makes a group of states a group entity, not an organization", () => {
    expect(entity("group:eu-acceding")).toMatchObject({ kind: "group", orgKind: "group", aliases: [] });
  });

  it("names a person by name where verified, else by the office the sources name", () => {
    expect(entity("person:kofi-annan")).toMatchObject({ kind: "person", name: "Kofi Annan", title: "Secretary-General of the United Nations" });
    expect(entity("person:au-representative-4739")?.name).toBe("Minister for Provincial and Local Government of South Africa");
  });

  it("rejects a reference file without the keys the ingest uses", () => {
    expect(() => parseReference({ ...referenceFixture, states: undefined })).toThrow();
  });
});
