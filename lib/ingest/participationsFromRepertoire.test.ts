import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseRepertoire } from "@/lib/sources/repertoire";
import { reference2003, resolver2003 } from "./fixtures/resolver2003";
import { parseCouncilMembers } from "./councilMembership";
import { participationsFromRepertoire } from "./participationsFromRepertoire";
import { UnresolvedRegistry } from "./unresolvedEntities";

// The Repertoire's raw records reshaped to the contract's participations, on the
// project's Mano River fixture (item 14) and the 2003 reference fixture, which does not
// know Liberia, Sierra Leone or Bosnia and Herzegovina.

const file = "lib/sources/fixtures/repertoire/mano-river.txt";
const parsed = parseRepertoire(readFileSync(path.resolve(__dirname, "../sources/fixtures/repertoire/mano-river.txt"), "utf8"), { file });
const unresolved = new UnresolvedRegistry();
const model = participationsFromRepertoire(parsed.items, { file, resolver: resolver2003, reference: reference2003, unresolved, calendarIds: new Set(["4712", "4714", "4725"]) });
const edge = (id: string) => model.participations.find((participation) => participation.id === id);

describe("participationsFromRepertoire", () => {
  it("states the President the prose names, with the item and line it comes from", () => {
    expect(edge("4712|president|state:GIN")).toMatchObject({ meetingId: "4712", entityId: "state:GIN", role: "president", certainty: "stated", evidence: { source: "repertoire", file, item: 14 } });
    expect(edge("4712|president|state:GIN")?.evidence.line).toBeGreaterThan(0);
  });

  it("expands 'all members of the Council' to the fifteen members of 2003", () => {
    const members = model.participations.filter((p) => p.meetingId === "4714" && p.role === "council-member");
    expect(members).toHaveLength(15);
    expect(members.every((p) => p.note === "all members of the Council made statements")).toBe(true);
  });

  it("expands 'all members of the Council' from the year's membership when council-members-1946-2022.json is given", () => {
    // Any year: the lookup, not the 2003 reference, decides. A Council of eleven (as before 1966) gives eleven edges.
    const membership = parseCouncilMembers({
      permanent: ["CHN", "FRA", "RUS", "GBR", "USA"].map((iso3) => ({ iso3, name: iso3, from: 1946, to: 2022 })),
      elected: { "2003": ["AGO", "BGR", "CMR", "CHL", "DEU", "GIN"].map((iso3) => ({ iso3, name: iso3 })) },
    });
    const withMembership = participationsFromRepertoire(parsed.items, { file, resolver: resolver2003, reference: reference2003, unresolved: new UnresolvedRegistry(), calendarIds: new Set(["4714"]), membership });
    const members = withMembership.participations.filter((p) => p.meetingId === "4714" && p.role === "council-member");
    expect(members.map((p) => p.entityId).sort()).toEqual(["state:AGO", "state:BGR", "state:CHL", "state:CHN", "state:CMR", "state:DEU", "state:FRA", "state:GBR", "state:GIN", "state:RUS", "state:USA"]);
  });

  it("records members a footnote says did not speak, with the footnote", () => {
    expect(edge("4714|non-speaking|state:CMR")).toMatchObject({ note: "did not make a statement", evidence: { footnote: 2 } });
    expect(edge("4714|non-speaking|state:CHL")).toMatchObject({ evidence: { footnote: 2 } });
  });

  it("keeps a name the reference does not know as an unresolved entity and reports it once", () => {
    expect(edge("4712|invited|unresolved:liberia")).toBeDefined();
    expect(edge("4714|invited|unresolved:liberia")).toBeDefined();
    expect(unresolved.all().find((entity) => entity.id === "unresolved:liberia")).toMatchObject({ kind: "state", name: "Liberia", unresolved: true });
    expect(unresolved.problems.filter((problem) => problem.excerpt === "Liberia")).toHaveLength(1);
  });

  it("joins each meeting to its agenda item, and reports one the calendar does not have", () => {
    expect(model.joins.map((join) => [join.meetingId, join.agendaItemNumber])).toEqual([["4712", 14], ["4714", 14], ["4725", 14], ["4729", 14]]);
    expect(model.problems).toEqual([expect.objectContaining({ code: "meeting-not-in-calendar", file, excerpt: expect.stringContaining("4729") })]);
  });

  it("gives each participation a unique id", () => {
    expect(new Set(model.participations.map((p) => p.id)).size).toBe(model.participations.length);
  });
});
