import { describe, expect, it } from "vitest";
import { indexDataset } from "@/lib/model/dataset";
import { sampleDataset } from "@/lib/model/fixtures/sampleDataset";
import { groupParticipants, meetingsOfEntity, participantCount } from "./participantGroups";
import type { Participation } from "@/lib/model/schema";
import { behalfPhrase, edgeFromEntity, entityEdgeLines, joinNames } from "./roles";

const index = indexDataset(sampleDataset);
const entityOf = (id: string) => index.entitiesById.get(id);
const meetingOf = (id: string) => index.meetingsById.get(id);
const of4739 = index.participationsByMeeting.get("4739")!;

describe("participant groups", () => {
  it("groups a meeting's participants by role in the contract's order, names sorted within a group", () => {
    const groups = groupParticipants(of4739, entityOf, false);
    expect(groups.map((group) => [group.label, group.rows.map((row) => row.name)])).toEqual([
      ["President", ["Mexico"]],
      ["Invited", ["African Union", "Kofi Annan"]],
      ["Speaking on behalf of others", ["Greece"]],
      ["Aligned with a statement", ["Czech Republic"]],
    ]);
    expect(participantCount(groups)).toBe(5);
  });

  it("marks inferred edges and drops them when only stated edges are shown", () => {
    const all = groupParticipants(of4739, entityOf, false);
    expect(all[0]?.rows[0]?.inferred).toBe(true);
    const stated = groupParticipants(of4739, entityOf, true);
    expect(stated.map((group) => group.role)).not.toContain("president");
  });

  it("says on whose behalf a speaker spoke, and with whose statement a state aligned", () => {
    const greece = of4739.find((edge) => edge.entityId === "state:GRC")!;
    const czechia = of4739.find((edge) => edge.entityId === "state:CZE")!;
    expect(behalfPhrase(greece, entityOf)).toBe("on behalf of the European Union");
    expect(behalfPhrase(czechia, entityOf)).toBe("with the statement on behalf of the European Union");
  });

  it("shows a state's organizations' edges from the organization's side", () => {
    const [entry] = meetingsOfEntity(index.participationsByEntity.get("org:EU")!, meetingOf, false);
    expect(entry?.meeting.id).toBe("4739");
    expect(entry?.edges.map((edge) => edgeFromEntity(edge, "org:EU", entityOf))).toEqual([
      "Greece spoke on its behalf",
      "Czech Republic aligned with its statement",
    ]);
    expect(edgeFromEntity(entry!.edges[0]!, "state:GRC", entityOf)).toBe("Spoke on behalf of the European Union");
  });

  it("lists an entity's meetings in date order and leaves out inferred ones when asked", () => {
    const mexico = index.participationsByEntity.get("state:MEX")!;
    expect(meetingsOfEntity(mexico, meetingOf, false).map((entry) => entry.meeting.id)).toEqual(["4739"]);
    expect(meetingsOfEntity(mexico, meetingOf, true)).toEqual([]);
    const both = [...index.participationsByEntity.get("state:IRQ")!, ...index.participationsByEntity.get("state:FRA")!];
    expect(meetingsOfEntity(both, meetingOf, false).map((entry) => entry.meeting.id)).toEqual(["4694", "4740"]);
  });

  it("says once what a whole group shares, as when the Repertoire names all Council members in one footnote", () => {
    const evidence = { source: "repertoire" as const, item: 52, footnote: 2, line: 25 };
    const members = ["state:FRA", "state:MEX", "state:USA"].map(
      (entityId): Participation => ({ id: `x|council-member|${entityId}`, meetingId: "x", entityId, role: "council-member", note: "most members of the Council made statements", evidence, certainty: "stated" }),
    );
    const [group] = groupParticipants(members, entityOf, false);
    expect(group?.shared).toEqual({ note: "most members of the Council made statements", evidence, inferred: false });
    const [mixed] = groupParticipants([...members, { ...members[0]!, id: "other", entityId: "state:GRC", note: undefined }], entityOf, false);
    expect(mixed?.shared).toBeUndefined();
  });
});

describe("an entity's edges as lines", () => {
  it("merges the states aligned with an organization's statement by the same footnote into one line", () => {
    const lines = entityEdgeLines(of4739.filter((edge) => edge.onBehalfOf === "org:EU"), "org:EU", entityOf);
    expect(lines.map((line) => line.text)).toEqual(["Greece spoke on its behalf", "Czech Republic aligned with its statement"]);
    const aligned = of4739.find((edge) => edge.role === "aligned")!;
    const more = [aligned, { ...aligned, id: "b", entityId: "state:FRA" }, { ...aligned, id: "c", entityId: "state:MEX" }];
    expect(entityEdgeLines(more, "org:EU", entityOf).map((line) => line.text)).toEqual(["Czech Republic, France and Mexico aligned with its statement"]);
  });

  it("joins names as a sentence does", () => {
    expect([joinNames([]), joinNames(["A"]), joinNames(["A", "B"]), joinNames(["A", "B", "C"])]).toEqual(["", "A", "A and B", "A, B and C"]);
  });
});
