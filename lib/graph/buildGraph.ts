import { formatDate } from "@/lib/text/calendar";
import type { Dataset } from "@/lib/model/dataset";
import type { Entity, EntityKind, Meeting, Participation } from "@/lib/model/schema";
import { voteRoles } from "@/lib/model/vocabulary";
import { shortLabelFor } from "./shortLabel";
import type { GraphData, GraphEdge, GraphEdgeKind, GraphNode } from "./types";

/**
 * The graph is bipartite at heart: entities attach to the meetings they took part in,
 * and only the relations the sources draw between two parties ("on behalf of the
 * European Union", "aligned themselves with", "represented by") link entity to entity.
 */
interface EdgeEnds {
  kind: GraphEdgeKind;
  sourceId: string;
  targetId: string;
}

const spokeRoles = new Set<Participation["role"]>(["council-member", "invited", "briefer"]);
const voteRoleSet = new Set<Participation["role"]>(voteRoles);

/** Which lines one participation draws. Exported for tests of the mapping alone. */
export function edgesForParticipation(participation: Participation): EdgeEnds[] {
  const { entityId, meetingId, role } = participation;
  const party = participation.onBehalfOf && participation.onBehalfOf !== entityId ? participation.onBehalfOf : undefined;
  const toMeeting = (kind: GraphEdgeKind): EdgeEnds => ({ kind, sourceId: entityId, targetId: meetingId });
  if (role === "president") return [toMeeting("presided")];
  if (spokeRoles.has(role)) return [toMeeting("spoke")];
  if (role === "subject") return [toMeeting("subject-of")];
  if (role === "non-speaking") return [toMeeting("present")];
  if (voteRoleSet.has(role)) return [toMeeting("voted")];
  if (role === "sponsor") return [toMeeting("sponsored")];
  if (role === "raised-by") return [toMeeting("raised")];
  if (role === "speaker-on-behalf") {
    // Greece spoke in the meeting, and it spoke for the European Union.
    return party ? [toMeeting("spoke"), { kind: "spoke-on-behalf", sourceId: entityId, targetId: party }] : [toMeeting("spoke")];
  }
  if (role === "aligned") {
    // Aligned states did not speak: they hang off the party whose statement they joined.
    return [party ? { kind: "aligned-with", sourceId: entityId, targetId: party } : toMeeting("aligned-with")];
  }
  // represented-by: "the European Union [was represented] by the Deputy Minister … of Greece".
  return [party ? { kind: "represented-by", sourceId: party, targetId: entityId } : toMeeting("present")];
}

const kindByPrefix: Record<string, EntityKind> = { state: "state", org: "organization", person: "person", group: "group", territory: "territory" };

/** A node for an id the participations name but the entity list lacks: keep the link, say what we know. */
function placeholderEntity(id: string): Pick<Entity, "kind" | "name" | "aliases" | "title"> {
  const [prefix = "", rest = id] = id.split(":");
  return { kind: kindByPrefix[prefix] ?? "group", name: rest, aliases: [] };
}

function meetingDetail(meeting: Meeting): string {
  return `${formatDate(meeting.date)} · ${meeting.topic}`;
}

/**
 * Dataset → nodes and typed edges. Entities and meetings appear when at least one
 * participation names them: a meeting nobody is recorded in says nothing about who took
 * part (the timeline still shows it), and across all years thousands of such dots would
 * bury the picture. Node order is stable (entities by id, then meetings in dataset
 * order), so a seeded layout of the same data gives the same picture.
 */
export function buildGraph(dataset: Dataset): GraphData {
  const entitiesById = new Map(dataset.entities.map((entity) => [entity.id, entity]));
  const meetingIds = new Set(dataset.meetings.map((meeting) => meeting.id));
  const meetingsOfEntity = new Map<string, Set<string>>();
  const edgesByKey = new Map<string, { kind: GraphEdgeKind; sourceId: string; targetId: string; certainty: GraphEdge["certainty"]; participationIds: string[]; meetingIds: Set<string> }>();

  const linkedMeetings = new Set<string>();
  const noteMeeting = (entityId: string, meetingId: string) => {
    if (meetingIds.has(entityId)) return;
    const set = meetingsOfEntity.get(entityId) ?? new Set<string>();
    set.add(meetingId);
    meetingsOfEntity.set(entityId, set);
  };

  for (const participation of dataset.participations) {
    if (!meetingIds.has(participation.meetingId)) continue;
    linkedMeetings.add(participation.meetingId);
    for (const ends of edgesForParticipation(participation)) {
      noteMeeting(ends.sourceId, participation.meetingId);
      noteMeeting(ends.targetId, participation.meetingId);
      const key = `${ends.kind}|${ends.sourceId}|${ends.targetId}|${participation.certainty}`;
      // Fields written out, not spread from `ends`: V8 builds a spread with added keys on a
      // slow path, and across every year that cost ~20 ms here and slowed every later read.
      const edge = edgesByKey.get(key) ?? { kind: ends.kind, sourceId: ends.sourceId, targetId: ends.targetId, certainty: participation.certainty, participationIds: [], meetingIds: new Set<string>() };
      edge.participationIds.push(participation.id);
      edge.meetingIds.add(participation.meetingId);
      edgesByKey.set(key, edge);
    }
  }

  const nodes: GraphNode[] = [];
  for (const entityId of [...meetingsOfEntity.keys()].sort()) {
    const entity = entitiesById.get(entityId) ?? placeholderEntity(entityId);
    nodes.push({
      id: entityId,
      kind: entity.kind,
      label: entity.name,
      shortLabel: shortLabelFor(entity),
      meetingCount: meetingsOfEntity.get(entityId)?.size ?? 0,
      detail: entity.title,
    });
  }
  for (const meeting of dataset.meetings) {
    if (!linkedMeetings.has(meeting.id)) continue;
    nodes.push({ id: meeting.id, kind: "meeting", label: meeting.id, meetingCount: 1, detail: meetingDetail(meeting) });
  }
  const indexById = new Map(nodes.map((node, index) => [node.id, index]));

  const edges: GraphEdge[] = [];
  for (const [id, edge] of edgesByKey) {
    edges.push({
      id,
      kind: edge.kind,
      source: indexById.get(edge.sourceId)!,
      target: indexById.get(edge.targetId)!,
      certainty: edge.certainty,
      participationIds: edge.participationIds,
      meetingIds: [...edge.meetingIds],
    });
  }
  return { nodes, edges, indexById };
}
