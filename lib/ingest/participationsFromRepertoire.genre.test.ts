import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseRepertoire } from "@/lib/sources/repertoire";
import { reference2003, resolver2003 } from "./fixtures/resolver2003";
import { participationsFromRepertoire } from "./participationsFromRepertoire";
import { UnresolvedRegistry } from "./unresolvedEntities";

// The new constructs reshaped to edges: sponsors and votes as their own roles, tied to
// the decision's symbol; resumptions joined under the table's id; persons with their office.

function model(name: string, calendar: string[]) {
  const file = `lib/sources/fixtures/repertoire/${name}`;
  const parsed = parseRepertoire(readFileSync(path.resolve(__dirname, "../sources/fixtures/repertoire", name), "utf8"), { file });
  const unresolved = new UnresolvedRegistry();
  return { ...participationsFromRepertoire(parsed.items, { file, resolver: resolver2003, reference: reference2003, unresolved, calendarIds: new Set(calendar) }), unresolved };
}

const iraq = model("iraq-kuwait.txt", ["4761", "4762", "4762-R1", "4808"]);
const vetoes = model("middle-east-vetoes.txt", ["4828", "4842"]);
const tribunals = model("tribunals.txt", ["4819", "4849"]);
const roleOf = (m: ReturnType<typeof model>, meetingId: string, role: string) =>
  m.participations.filter((p) => p.meetingId === meetingId && p.role === role).map((p) => p.entityId);

describe("participationsFromRepertoire on the genre's constructs", () => {
  it("makes sponsors edges of their own, naming the decision", () => {
    expect(roleOf(iraq, "4761", "sponsor")).toEqual(["state:ESP", "state:GBR", "state:USA"]);
    expect(iraq.participations.find((p) => p.id === "4761|sponsor|state:ESP|S/RES/1483 (2003)")).toMatchObject({ certainty: "stated", note: "submitted the draft of S/RES/1483 (2003)", evidence: { source: "repertoire", item: 23 } });
    expect(roleOf(vetoes, "4842", "sponsor")).toEqual(["state:GIN", "state:MYS", "state:PAK", "state:SYR"]);
  });

  it("tells a permanent member's veto from other votes against, and keeps abstentions", () => {
    expect(roleOf(vetoes, "4828", "vetoed")).toEqual(["state:USA"]);
    expect(roleOf(vetoes, "4828", "voted-against")).toEqual([]);
    expect(roleOf(vetoes, "4828", "abstained")).toEqual(["state:BGR", "state:DEU", "state:GBR"]);
    expect(roleOf(iraq, "4808", "abstained")).toEqual(["state:SYR"]);
  });

  it("states a member that did not participate in the voting", () => {
    expect(roleOf(iraq, "4761", "not-participating")).toEqual(["state:SYR"]);
  });

  it("joins a resumption to the table's record of it", () => {
    expect(roleOf(iraq, "4762-R1", "invited")).toEqual(["state:KWT", "state:BIH", "state:SCG"]);
    expect(iraq.joins.map((j) => j.meetingId)).toEqual(["4761", "4762", "4762-R1", "4808"]);
  });

  it("makes a named person the briefer, with their office as capacity", () => {
    const briefer = iraq.participations.find((p) => p.meetingId === "4762" && p.role === "briefer");
    expect(briefer).toMatchObject({ entityId: "person:kieran-prendergast", capacity: "Under-Secretary-General for Political Affairs" });
    expect(iraq.entities.find((e) => e.id === "person:kieran-prendergast")).toMatchObject({ kind: "person", name: "Kieran Prendergast", title: "Under-Secretary-General for Political Affairs" });
  });

  it("keeps the rule of an invitation in the edge's note", () => {
    expect(iraq.participations.find((p) => p.meetingId === "4762-R1" && p.entityId === "state:KWT")?.note).toBe("invited under rule 37");
    expect(vetoes.participations.find((p) => p.meetingId === "4828" && p.entityId === "state:PSE")?.note).toBe("observer; invited under rule 39");
    // A name the reference fixture does not know is kept whole, and reported.
    expect(roleOf(vetoes, "4828", "invited")).toContain("unresolved:saint-vincent-and-the-grenadines");
  });

  it("keeps each of two decisions' edges apart and expands 'most members' without the silent ones", () => {
    const members = roleOf(tribunals, "4849", "council-member");
    expect(members).toHaveLength(13);
    expect(members).not.toContain("state:AGO");
    expect(members).not.toContain("state:CHL");
  });

  it("stamps every record's evidence when asked, as an import does", () => {
    const file = "lib/sources/fixtures/repertoire/middle-east-vetoes.txt";
    const parsed = parseRepertoire(readFileSync(path.resolve(__dirname, "../sources/fixtures/repertoire/middle-east-vetoes.txt"), "utf8"), { file });
    const stamped = participationsFromRepertoire(parsed.items, {
      file, resolver: resolver2003, reference: reference2003, unresolved: new UnresolvedRegistry(), calendarIds: new Set(["4828", "4842"]),
      stamp: (evidence) => ({ ...evidence, source: "imported", importId: "imp-1" }),
    });
    expect(stamped.participations.every((p) => p.evidence.source === "imported" && p.evidence.importId === "imp-1")).toBe(true);
  });
});
