import { describeEvidence } from "@/lib/model/evidence";
import type { Entity, Evidence, Participation, ParticipationRole } from "@/lib/model/schema";
import { participationRoleLabels } from "@/lib/model/vocabularyLabels";
import { nameInSentence } from "./entityText";

export type EntityLookup = (id: string) => Entity | undefined;


/**
 * "on behalf of the European Union" beside a speaker, split so the party's name can be a
 * button. An aligned state did not speak: the Repertoire's footnote aligns it with the
 * statement someone else made.
 */
export function behalfParts(participation: Participation, entityOf: EntityLookup): { prefix: string; id: string; name: string } | undefined {
  if (!participation.onBehalfOf) return undefined;
  const party = entityOf(participation.onBehalfOf);
  const name = party?.name ?? participation.onBehalfOf;
  const article = nameInSentence(party, name).slice(0, -name.length);
  const lead = participation.role === "aligned" ? "with the statement on behalf of" : "on behalf of";
  return { prefix: `${lead} ${article}`, id: participation.onBehalfOf, name };
}

export function behalfPhrase(participation: Participation, entityOf: EntityLookup): string | undefined {
  const parts = behalfParts(participation, entityOf);
  return parts && `${parts.prefix}${parts.name}`;
}

function onItsBehalf(role: ParticipationRole, actors: string): string {
  switch (role) {
    case "speaker-on-behalf":
      return `${actors} spoke on its behalf`;
    case "aligned":
      return `${actors} aligned with its statement`;
    case "represented-by":
      return `Represented by ${actors}`;
    default:
      return `${actors} on its behalf (${participationRoleLabels[role].one.toLowerCase()})`;
  }
}

/** "Bulgaria", "Bulgaria and Cyprus", "Bulgaria, Cyprus and Estonia". */
export function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

const isThroughOther = (participation: Participation, entityId: string) => participation.entityId !== entityId && participation.onBehalfOf === entityId;

/**
 * An edge from the side of one entity. The EU took part in 4739 through Greece, so
 * under the EU the same edge reads "Greece spoke on its behalf".
 */
export function edgeFromEntity(participation: Participation, entityId: string, entityOf: EntityLookup): string {
  if (isThroughOther(participation, entityId)) {
    return onItsBehalf(participation.role, entityOf(participation.entityId)?.name ?? participation.entityId);
  }
  const behalf = behalfPhrase(participation, entityOf);
  const role = participationRoleLabels[participation.role].one;
  const parts = [behalf ? `${role} ${behalf}` : role];
  if (participation.capacity) parts.push(participation.capacity);
  return parts.join(", ");
}

export interface EdgeLine {
  key: string;
  text: string;
  note?: string;
  evidence: Evidence;
  /** Other sources of the same fact. */
  corroboratedBy?: Evidence[];
  inferred: boolean;
}

/**
 * An entity's edges at one meeting as lines to read. Edges made through others with the
 * same role and source merge: one footnote aligns fifteen states with the EU's statement,
 * and says so once: "Bulgaria, Cyprus and … aligned with its statement".
 */
export function entityEdgeLines(edges: readonly Participation[], entityId: string, entityOf: EntityLookup): EdgeLine[] {
  const lines: EdgeLine[] = [];
  const merged = new Map<string, { line: EdgeLine; role: ParticipationRole; actors: string[] }>();
  for (const edge of edges) {
    const inferred = edge.certainty === "inferred";
    if (!isThroughOther(edge, entityId)) {
      lines.push({ key: edge.id, text: edgeFromEntity(edge, entityId, entityOf), note: edge.note, evidence: edge.evidence, ...(edge.corroboratedBy ? { corroboratedBy: edge.corroboratedBy } : {}), inferred });
      continue;
    }
    const key = `${edge.role}|${edge.certainty}|${describeEvidence(edge.evidence)}`;
    const actor = entityOf(edge.entityId)?.name ?? edge.entityId;
    const group = merged.get(key);
    if (group) group.actors.push(actor);
    else {
      const line: EdgeLine = { key: edge.id, text: "", evidence: edge.evidence, inferred };
      merged.set(key, { line, role: edge.role, actors: [actor] });
      lines.push(line);
    }
  }
  for (const { line, role, actors } of merged.values()) line.text = onItsBehalf(role, joinNames(actors));
  return lines;
}
