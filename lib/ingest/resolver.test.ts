import { describe, expect, it } from "vitest";
import { referenceFixture } from "./fixtures/reference2003";
import { entityCatalogue } from "./entityCatalogue";
import { parseReference } from "./reference";
import { compileSubjectPatterns, subjectsOfTopic } from "./subjects";

const reference = parseReference(referenceFixture);
const resolver = entityCatalogue(reference).resolver;
const patterns = compileSubjectPatterns(resolver);
const subjects = (topic: string, date = "2003-06-01") => subjectsOfTopic(topic, date, resolver, patterns).map((match) => match.entityId);

describe("EntityResolver", () => {
  it("resolves 'the Czech Republic' to state:CZE", () => expect(resolver.resolveName("the Czech Republic")).toBe("state:CZE"));
  it("resolves 'Syrian Arab Republic' to state:SYR", () => expect(resolver.resolveName("Syrian Arab Republic")).toBe("state:SYR"));
  it("resolves 'USA' as a vote gives it to state:USA", () => expect(resolver.resolveName("USA")).toBe("state:USA"));
  it("resolves an organization named with its acronym in brackets", () => {
    expect(resolver.resolveName("the Organization for Security and Cooperation in Europe (OSCE)")).toBe("org:OSCE");
    expect(resolver.resolveName("Economic Community of West African States (ECOWAS)")).toBe("org:ECOWAS");
  });
  it("resolves the Secretary-General of 2003 to Kofi Annan", () => expect(resolver.resolveName("the Secretary-General", "2003-04-11")).toBe("person:kofi-annan"));
  it("resolves the President of the General Assembly by date", () => {
    expect(resolver.resolveName("the President of the General Assembly", "2003-04-11")).toBe("person:jan-kavan");
    expect(resolver.resolveName("the President of the General Assembly", "2003-10-01")).toBe("person:julian-hunte");
  });
  it("resolves 'Yugoslavia' to Serbia and Montenegro in 2003 but to the SFRY in 1960", () => {
    expect(resolver.resolveName("Yugoslavia", "2003-01-10")).toBe("state:SCG");
    expect(resolver.resolveName("Yugoslavia", "1960-01-10")).toBe("state:YUG");
  });
  it("finds a representative by office and state", () => {
    expect(resolver.resolveRepresentative("Minister for Foreign Affairs", "state:MEX")).toBe("person:luis-ernesto-derbez");
    expect(resolver.resolveRepresentative("Deputy Minister for Foreign Relations", "state:GRC")).toBe("person:eu-representative-4739");
    expect(resolver.resolveRepresentative("Minister for Provincial and Local Government", "state:ZAF")).toBe("person:au-representative-4739");
  });
  it("returns nothing for a name it does not know", () => expect(resolver.resolveName("Republic of Nowhere")).toBeUndefined());
});

describe("subjects of a topic", () => {
  it("reads the library's Iraq-Kuwait label as Iraq, and the situation between Iraq and Kuwait as both", () => {
    expect(subjects("Iraq-Kuwait")).toEqual(["state:IRQ"]);
    expect(subjects("The situation between Iraq and Kuwait")).toEqual(["state:IRQ", "state:KWT"]);
  });
  it("finds Côte d'Ivoire with its accent", () => expect(subjects("Côte d'Ivoire")).toEqual(["state:CIV"]));
  it("finds Serbia and Montenegro in the Kosovo item", () => expect(subjects("Kosovo (Serbia and Montenegro)")).toEqual(["state:SCG"]));
  it("does not read Guinea into Guinea-Bissau nor Niger into Nigeria", () => {
    expect(subjects("Guinea-Bissau")).toEqual(["state:GNB"]);
    expect(subjects("Nigeria")).toEqual(["state:NGA"]);
    expect(subjects("Democratic Republic of the Congo")).toEqual(["state:COD"]);
  });
  it("does not read the former Yugoslavia of the ICTY as a state", () =>
    expect(subjects("International Tribunal \u2014 Yugoslavia")).toEqual([]));
  it("reads Western Sahara as the territory, not the Sahrawi Republic", () => expect(subjects("The situation concerning Western Sahara")).toEqual(["territory:western-sahara"]));
  it("finds no subject in a thematic topic", () => expect(subjects("Civilians in armed conflict")).toEqual([]));
});
