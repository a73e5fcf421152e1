import { describe, expect, it } from "vitest";
import type { Dataset } from "@/lib/model/dataset";
import { sampleDataset } from "@/lib/model/fixtures/sampleDataset";
import type { Participation } from "@/lib/model/schema";
import { buildGraph, edgesForParticipation } from "./buildGraph";

const graph = buildGraph(sampleDataset);
const edgeById = (id: string) => graph.edges.find((edge) => edge.id === id);
const nodeById = (id: string) => graph.nodes[graph.indexById.get(id)!];

describe("buildGraph", () => {
  it("puts every meeting and entity a participation names in the graph, and nothing else", () => {
    // 4842 has no participation in the sample: nothing to say about who took part.
    expect(graph.nodes.filter((node) => node.kind === "meeting").map((node) => node.id)).toEqual(["4694", "4739", "4740"]);
    // The United States has no participation in the sample, so it has no node.
    expect(graph.indexById.has("state:USA")).toBe(false);
    expect(nodeById("org:EU")?.label).toBe("European Union");
    expect(nodeById("org:AU")?.kind).toBe("organization");
  });

  it("links Greece to the meeting it spoke in and to the European Union it spoke for", () => {
    expect(edgeById("spoke|state:GRC|4739|stated")).toMatchObject({ participationIds: ["4739|speaker-on-behalf|state:GRC|org:EU"] });
    const onBehalf = edgeById("spoke-on-behalf|state:GRC|org:EU|stated");
    expect(onBehalf?.meetingIds).toEqual(["4739"]);
    expect(graph.nodes[onBehalf!.source]?.id).toBe("state:GRC");
    expect(graph.nodes[onBehalf!.target]?.id).toBe("org:EU");
  });

  it("hangs the Czech Republic off the European Union it aligned with, not off the meeting", () => {
    expect(edgeById("aligned-with|state:CZE|org:EU|stated")).toBeDefined();
    expect(graph.edges.some((edge) => edge.id.startsWith("aligned-with|state:CZE|4739"))).toBe(false);
  });

  it("marks presidencies and subjects the app inferred as inferred", () => {
    expect(edgeById("presided|state:MEX|4739|inferred")?.certainty).toBe("inferred");
    expect(edgeById("presided|state:FRA|4694|stated")?.certainty).toBe("stated");
    expect(edgeById("subject-of|state:IRQ|4740|inferred")).toBeDefined();
  });

  it("counts the meetings of an entity, including those it took part in through another", () => {
    expect(nodeById("org:EU")?.meetingCount).toBe(1);
    expect(nodeById("state:MEX")?.meetingCount).toBe(1);
  });

  it("never merges a stated edge with an inferred one between the same ends", () => {
    const base = sampleDataset.participations[0]!;
    const stated: Participation = { ...base, id: "4694|president|state:FRA|a" };
    const inferred: Participation = { ...base, id: "4694|president|state:FRA|b", certainty: "inferred", evidence: { source: "inferred" } };
    const alsoStated: Participation = { ...base, id: "4694|president|state:FRA|c" };
    const dataset: Dataset = { ...sampleDataset, participations: [stated, inferred, alsoStated] };
    const edges = buildGraph(dataset).edges;
    expect(edges.map((edge) => [edge.certainty, edge.participationIds])).toEqual([
      ["stated", ["4694|president|state:FRA|a", "4694|president|state:FRA|c"]],
      ["inferred", ["4694|president|state:FRA|b"]],
    ]);
  });

  it("lists an edge's meetings once each, in the order they first come, however its participations interleave", () => {
    // The Czech Republic aligned with the EU in 4739, 4740, 4739 again, then 4694.
    const aligned = sampleDataset.participations.find((participation) => participation.id.startsWith("4739|aligned|state:CZE"))!;
    const inMeeting = (meetingId: string, suffix: string): Participation => ({ ...aligned, id: `${aligned.id}|${suffix}`, meetingId });
    const participations = [inMeeting("4739", "a"), inMeeting("4740", "b"), inMeeting("4739", "c"), inMeeting("4694", "d")];
    const edge = buildGraph({ ...sampleDataset, participations }).edges.find((candidate) => candidate.id === "aligned-with|state:CZE|org:EU|stated");
    expect(edge?.meetingIds).toEqual(["4739", "4740", "4694"]);
    expect(edge?.participationIds).toHaveLength(4);
  });

  it("keeps a link to an entity missing from the entity list, named by its id", () => {
    const orphan: Participation = { ...sampleDataset.participations[0]!, id: "x", entityId: "person:someone", role: "briefer" };
    const built = buildGraph({ ...sampleDataset, participations: [orphan] });
    expect(built.nodes[built.indexById.get("person:someone")!]).toMatchObject({ kind: "person", label: "someone" });
  });

  it("gives an organization's long name a short label for the canvas and keeps the full name as the node's name", () => {
    const longName = "African Union, with its Peace and Security Council";
    const entities = sampleDataset.entities.map((entity) => (entity.id === "org:AU" ? { ...entity, name: longName, aliases: ["AU"] } : entity));
    const built = buildGraph({ ...sampleDataset, entities });
    expect(built.nodes[built.indexById.get("org:AU")!]).toMatchObject({ label: longName, shortLabel: "AU" });
  });

  it("gives the same nodes and edges in the same order for the same data", () => {
    expect(buildGraph(sampleDataset)).toEqual(graph);
  });
});

describe("edgesForParticipation", () => {
  const at = (role: Participation["role"], extra: Partial<Participation> = {}): Participation => ({
    id: "p", meetingId: "4739", entityId: "state:GRC", role, evidence: { source: "repertoire" }, certainty: "stated", ...extra,
  });

  it.each([
    ["president", "presided"],
    ["council-member", "spoke"],
    ["invited", "spoke"],
    ["briefer", "spoke"],
    ["subject", "subject-of"],
    ["non-speaking", "present"],
    ["vetoed", "voted"],
    ["voted-against", "voted"],
    ["abstained", "voted"],
    ["not-participating", "voted"],
    ["absent", "voted"],
    ["sponsor", "sponsored"],
    ["raised-by", "raised"],
  ] as const)("draws a %s as a '%s' line to the meeting", (role, kind) => {
    expect(edgesForParticipation(at(role))).toEqual([{ kind, sourceId: "state:GRC", targetId: "4739" }]);
  });

  it("draws 'represented by' from the represented party to its representative", () => {
    expect(edgesForParticipation(at("represented-by", { entityId: "person:x", onBehalfOf: "org:EU" }))).toEqual([
      { kind: "represented-by", sourceId: "org:EU", targetId: "person:x" },
    ]);
  });

  it("falls back to a line to the meeting when no other party is named", () => {
    expect(edgesForParticipation(at("aligned"))).toEqual([{ kind: "aligned-with", sourceId: "state:GRC", targetId: "4739" }]);
    expect(edgesForParticipation(at("represented-by"))).toEqual([{ kind: "present", sourceId: "state:GRC", targetId: "4739" }]);
    expect(edgesForParticipation(at("speaker-on-behalf"))).toEqual([{ kind: "spoke", sourceId: "state:GRC", targetId: "4739" }]);
  });
});
