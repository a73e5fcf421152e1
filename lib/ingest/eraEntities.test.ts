import { describe, expect, it } from "vitest";
import { entityCatalogue } from "./entityCatalogue";
import { referenceFixture } from "./fixtures/reference2003";
import { parseReference } from "./reference";

const catalogue = entityCatalogue(parseReference(referenceFixture));
const { resolver } = catalogue;
const entity = (id: string) => catalogue.entities.find((candidate) => candidate.id === id);

describe("entities that know their era", () => {
  it("resolves a name to the entity that bore it on the date", () => {
    expect(resolver.resolveName("Republic of the Congo", "1960-07-14")).toBe("state:COD");
    expect(resolver.resolveName("Republic of the Congo", "1997-06-20")).toBe("state:COG");
    expect(resolver.resolveName("Zaire", "1990-05-01")).toBe("state:COD");
    expect(resolver.resolveName("Zaire", "2003-05-01")).toBeUndefined();
    expect(resolver.resolveName("Democratic Republic of Congo", "2020-03-30")).toBe("state:COD");
    expect(resolver.resolveName("Yugoslavia", "1960-01-10")).toBe("state:YUG");
    expect(resolver.resolveName("Yugoslavia", "1999-03-24")).toBe("state:SCG");
    expect(resolver.resolveName("United Arab Republic", "1962-01-10")).toBe("state:EGY");
    expect(resolver.resolveName("Libyan Arab Republic", "1976-01-10")).toBe("state:LBY");
    expect(resolver.resolveName("Upper Volta", "1980-01-10")).toBe("state:BFA");
    expect(resolver.resolveName("Byelorussian SSR", "1974-01-10")).toBe("state:BLR");
  });

  it("knows when a state existed: the USSR until December 1991, the Russian Federation after", () => {
    expect(resolver.resolveName("USSR", "1990-01-10")).toBe("state:SUN");
    expect(resolver.resolveName("USSR", "1992-01-10")).toBeUndefined();
    expect(resolver.existsOn("state:RUS", "1991-12-25")).toBe(true);
    expect(resolver.existsOn("state:RUS", "1990-01-10")).toBe(false);
    expect(entity("state:SUN")?.successors).toEqual(["state:RUS"]);
    expect(entity("state:RUS")?.predecessors).toEqual(["state:SUN"]);
  });

  it("keeps the two Viet-Nams, the two Yemens and the two Germanys apart", () => {
    expect(resolver.resolveName("Democratic Republic of Viet-Nam", "1966-01-10")).toBe("state:VDR");
    expect(resolver.resolveName("Republic of Viet-Nam", "1966-01-10")).toBe("state:RVN");
    expect(resolver.resolveName("Viet Nam", "1966-01-10")).toBeUndefined();
    expect(resolver.resolveName("Viet Nam", "1990-01-10")).toBe("state:VNM");
    expect(resolver.resolveName("Democratic Yemen", "1980-01-10")).toBe("state:YMD");
    expect(resolver.resolveName("German Democratic Republic", "1980-01-10")).toBe("state:DDR");
    expect(resolver.resolveName("Federal Republic of Germany", "1980-01-10")).toBe("state:DEU");
  });

  it("names China's seat by its holder: the Republic of China until 25 October 1971", () => {
    expect(entity("state:CHN")?.names).toEqual([
      { name: "Republic of China", until: "1971-10-24" },
      { name: "People's Republic of China", from: "1971-10-25" },
    ]);
  });

  it("keeps the PLO an organization, never an alias of the State of Palestine, which dates from 1988", () => {
    expect(entity("state:PSE")?.aliases).not.toContain("PLO");
    expect(resolver.resolveName("PLO", "1980-01-10")).toBe("org:PLO");
    expect(resolver.resolveName("Palestine", "1948-05-22")).toBeUndefined();
    expect(resolver.resolveName("Palestine", "2003-05-22")).toBe("state:PSE");
  });

  it("makes the places that were no states territories: Southern Rhodesia, South West Africa, Western Sahara", () => {
    expect(resolver.resolveName("Southern Rhodesia", "1966-04-09")).toBe("territory:RHO");
    expect(resolver.resolveName("Namibia", "1976-01-30")).toBe("territory:south-west-africa");
    expect(resolver.resolveName("Namibia", "1995-01-30")).toBe("state:NAM");
    expect(entity("territory:western-sahara")?.kind).toBe("territory");
  });
});
