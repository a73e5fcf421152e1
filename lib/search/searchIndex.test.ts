import { describe, expect, it } from "vitest";
import { sampleDataset } from "@/lib/model/fixtures/sampleDataset";
import type { Entity, Meeting } from "@/lib/model/schema";
import { buildSearchIndex, searchIndex, yearInQuery } from "./searchIndex";

const coteDivoire: Entity = { id: "state:CIV", kind: "state", name: "Côte d’Ivoire", aliases: ["Cote d'Ivoire"], iso3: "CIV", sources: [{ source: "reference" }] };
const resumption: Meeting = {
  ...sampleDataset.meetings[1]!, id: "4739-R1", resumption: 1, date: "2003-04-12", agendaItem: undefined, agendaItemNumber: undefined,
};
const index = buildSearchIndex({ meetings: [...sampleDataset.meetings, resumption], entities: [...sampleDataset.entities, coteDivoire] });
const ids = (query: string) => searchIndex(index, query).results.map((result) => result.id);

describe("searchIndex", () => {
  it("finds a meeting by its number, the meeting itself before its resumption", () => {
    expect(ids("4739")).toEqual(["4739", "4739-R1"]);
  });

  it("names a meeting option by number, date and topic, and an entity option by name and kind", () => {
    const [meeting] = searchIndex(index, "4739").results;
    expect(meeting?.label).toBe("Meeting 4739 — 11 April 2003 — The Security Council and regional organizations");
    expect(searchIndex(index, "4739").results[1]?.label).toBe("Meeting 4739 (Resumption 1) — 12 April 2003 — The Security Council and regional organizations");
    expect(searchIndex(index, "african union").results[0]?.label).toBe("African Union — organization");
  });

  it("ranks an exact name before a prefix and a prefix before a substring", () => {
    const entities = [
      { id: "state:X1", kind: "state", name: "Guinea-Bissau", aliases: [], sources: [{ source: "reference" }] },
      { id: "state:X2", kind: "state", name: "Equatorial Guinea", aliases: [], sources: [{ source: "reference" }] },
      { id: "state:X3", kind: "state", name: "Guinea", aliases: [], sources: [{ source: "reference" }] },
      { id: "state:X4", kind: "state", name: "Papua New Guineans", aliases: [], sources: [{ source: "reference" }] },
      { id: "state:X5", kind: "state", name: "Deguineaville", aliases: [], sources: [{ source: "reference" }] },
    ] satisfies Entity[];
    const guineas = buildSearchIndex({ meetings: [], entities });
    expect(searchIndex(guineas, "guinea").results.map((result) => result.id)).toEqual(["state:X3", "state:X1", "state:X2", "state:X4", "state:X5"]);
  });

  it("ignores accents, case and the shape of the apostrophe", () => {
    expect(ids("COTE D'IVOIRE")).toEqual(["state:CIV"]);
    expect(ids("côte d’ivoire")).toEqual(["state:CIV"]);
    expect(ids("  Côte   D’Ivoire ")).toEqual(["state:CIV"]);
  });

  it("finds entities by alias and ISO code", () => {
    expect(ids("czechia")).toEqual(["state:CZE"]);
    expect(ids("mex")[0]).toBe("state:MEX");
    expect(ids("AU")[0]).toBe("org:AU");
  });

  it("finds meetings by day and month, by topic words and by the Repertoire agenda item", () => {
    expect(ids("11 April")).toEqual(["4739"]);
    expect(ids("april 2003")).toEqual(["4739", "4739-R1", "4740"]);
    expect(ids("regional organizations")).toEqual(["4739", "4739-R1"]);
    expect(ids("facing the new challenges")).toEqual(["4739"]);
    expect(ids("item 52")).toEqual(["4739"]);
  });

  it("finds a meeting by the symbol of its outcome or the number of its resolution", () => {
    expect(ids("S/RES/1459")).toEqual(["4694"]);
    expect(ids("resolution 1459")).toEqual(["4694"]);
    const numbered = buildSearchIndex({
      meetings: [
        { ...sampleDataset.meetings[0]!, id: "2329", number: 2329, date: "1982-01-20", outcomes: [{ kind: "other", symbol: "S/14590", vetoedBy: [], notParticipating: [] }] },
        sampleDataset.meetings[0]!,
      ],
      entities: [],
    });
    // The resolution's number as a word outranks the same digits inside another symbol.
    expect(searchIndex(numbered, "1459").results.map((result) => result.id)).toEqual(["4694", "2329"]);
  });

  it("matches a query whose words appear in different places", () => {
    expect(ids("kuwait april")).toEqual(["4740"]);
  });

  it("puts the entity named exactly before meetings whose topic merely mentions it", () => {
    expect(ids("iraq")).toEqual(["state:IRQ", "4740"]);
  });

  it("returns at most the limit and says how many matched", () => {
    const many = buildSearchIndex({
      meetings: Array.from({ length: 30 }, (_, i) => ({ ...sampleDataset.meetings[0]!, id: String(4600 + i), number: 4600 + i })),
      entities: [],
    });
    const outcome = searchIndex(many, "46");
    expect(outcome.results).toHaveLength(20);
    expect(outcome.total).toBe(30);
    expect(outcome.results[0]?.id).toBe("4600");
  });

  it("knows the Council's words for outcomes: veto, resolution, presidential statement, communiqué", () => {
    expect(ids("veto")).toEqual(["4842"]);
    expect(ids("vetoes")).toEqual(["4842"]);
    // A vetoed draft resolution is a resolution's draft: it follows the adopted ones.
    expect(ids("resolution")).toEqual(["4694", "4842"]);
    expect(ids("resolutions")).toEqual(["4694"]);
    expect(ids("communiqué")).toEqual(["4740"]);
    expect(ids("communique")).toEqual(["4740"]);
    expect(ids("presidential statement")).toEqual([]);
    expect(ids("vetoed by united states")).toEqual(["4842"]);
  });

  it("finds meetings by document symbol: resolution, draft, verbatim record and press release", () => {
    expect(ids("S/RES/1459")).toEqual(["4694"]);
    expect(ids("S/RES/1459 (2003)")).toEqual(["4694"]);
    expect(ids("S/2003/980")).toEqual(["4842"]);
    // The resumption (in this fixture) shares the record of its meeting.
    expect(ids("s/pv.4739")).toEqual(["4739", "4739-R1"]);
    expect(ids("SC/7645")).toEqual(["4694"]);
  });

  it("finds meetings by month and by year", () => {
    expect(ids("April 2003")).toEqual(["4739", "4739-R1", "4740"]);
    expect(ids("2003")).toEqual(["4694", "4739", "4739-R1", "4740", "4842"]);
    expect(ids("1956")).toEqual([]);
  });

  it("finds people by name and by office", () => {
    expect(ids("annan")).toEqual(["person:kofi-annan"]);
    expect(ids("secretary-general")).toEqual(["person:kofi-annan"]);
    expect(ids("Powell")).toEqual([]);
  });

  it("says what kind of thing each result is, in its type and in words", () => {
    const [veto] = searchIndex(index, "veto").results;
    expect(veto?.type).toEqual({ kind: "meeting", outcome: "vetoed-draft" });
    expect(veto?.typeLabel).toBe("Meeting · Vetoed draft");
    expect(veto?.outcome).toBe("Vetoed draft S/2003/980: vetoed by United States, 10-1-4");
    expect(veto?.label).toBe("Meeting 4842 — 14 October 2003 — The situation in the Middle East — Vetoed draft S/2003/980: vetoed by United States, 10-1-4");
    const [au] = searchIndex(index, "african union").results;
    expect(au?.type).toEqual({ kind: "entity", entityKind: "organization" });
    expect(au?.typeLabel).toBe("Organization");
    const [annan] = searchIndex(index, "annan").results;
    expect(annan?.typeLabel).toBe("Person");
    expect(annan?.detail).toBe("Secretary-General of the United Nations");
    expect(searchIndex(index, "4739").results[0]?.typeLabel).toBe("Meeting");
  });

  it("reads a year asked for on its own", () => {
    expect(yearInQuery(" 1956 ")).toBe(1956);
    expect(yearInQuery("March 1956")).toBeNull();
    expect(yearInQuery("4739a")).toBeNull();
  });

  it("treats hostile queries as plain text: brackets, patterns, markup, control characters, a very long query", () => {
    for (const query of ["(", "[", ".*", "\\", "<img src=x onerror=alert(1)>", "\u0000\u202e", "a".repeat(10_000), "S/RES/"]) {
      expect(() => searchIndex(index, query), JSON.stringify(query.slice(0, 20))).not.toThrow();
    }
    expect(ids("<img src=x onerror=alert(1)>")).toEqual([]);
    expect(ids(".*")).toEqual([]);
    expect(ids("a".repeat(10_000))).toEqual([]);
    expect(yearInQuery("1956".repeat(100))).toBeNull();
  });

  it("returns nothing for an empty or blank query", () => {
    expect(searchIndex(index, "   ")).toEqual({ results: [], total: 0 });
  });
});

describe("searchIndex and entities' eras", () => {
  it("finds a state by a name it bore for a while: Zaire is the Democratic Republic of the Congo", () => {
    const drc: Entity = {
      id: "state:COD", kind: "state", name: "Democratic Republic of the Congo", aliases: ["DRC"], iso3: "COD",
      names: [{ name: "Zaire", from: "1971-10-27", until: "1997-05-16" }], sources: [{ source: "reference" }],
    };
    const withDrc = buildSearchIndex({ meetings: [], entities: [drc] });
    expect(searchIndex(withDrc, "zaire").results.map((result) => result.id)).toEqual(["state:COD"]);
  });
});
