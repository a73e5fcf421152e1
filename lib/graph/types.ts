import type { EntityKind, Participation } from "@/lib/model/schema";

/** What a node stands for: one of the contract's entity kinds, or a meeting. */
export type GraphNodeKind = EntityKind | "meeting";

export const edgeKinds = [
  "presided",
  "spoke",
  "spoke-on-behalf",
  "aligned-with",
  "represented-by",
  "subject-of",
  "present",
  "voted",
  "sponsored",
  "raised",
] as const;
export type GraphEdgeKind = (typeof edgeKinds)[number];

export type Certainty = Participation["certainty"];

export interface GraphNode {
  /** The store's id: an entity id ("org:EU") or a meeting id ("4739"). */
  id: string;
  kind: GraphNodeKind;
  /** The entity's name exactly, or the meeting number for a meeting. */
  label: string;
  /** What the canvas writes beside the node when the name is long ("United Kingdom"); absent = label. */
  shortLabel?: string;
  /** Distinct meetings the node took part in (a meeting counts itself once). */
  meetingCount: number;
  /** A longer line for tooltips: a person's title, a meeting's date and topic. */
  detail?: string;
}

/**
 * One drawn line. Endpoints are node indices into `GraphData.nodes`, so the layout can
 * run on typed arrays. An edge merges participations only when kind, endpoints and
 * certainty agree: a stated link never absorbs an inferred one.
 */
export interface GraphEdge {
  /** `${kind}|${sourceId}|${targetId}|${certainty}`: stable across builds. */
  id: string;
  kind: GraphEdgeKind;
  source: number;
  target: number;
  certainty: Certainty;
  /** The participations behind the edge, for evidence. */
  participationIds: string[];
  /** The meetings the edge belongs to; it is shown while any of them is. Empty = always. */
  meetingIds: string[];
}

export interface GraphData {
  nodes: GraphNode[];
  edges: GraphEdge[];
  indexById: ReadonlyMap<string, number>;
}
