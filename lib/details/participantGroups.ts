import { describeEvidence } from "@/lib/model/evidence";
import type { Entity, Evidence, Meeting, Participation, ParticipationRole } from "@/lib/model/schema";
import { participationRoles } from "@/lib/model/vocabulary";
import { participationRoleLabels } from "@/lib/model/vocabularyLabels";
import type { EntityLookup } from "./roles";

export interface ParticipantRow {
  participation: Participation;
  entity: Entity | undefined;
  /** The entity's name, or its id when the dataset does not know it. */
  name: string;
  inferred: boolean;
}

export interface ParticipantGroup {
  role: ParticipationRole;
  label: string;
  rows: ParticipantRow[];
  /** Set when every row says the same thing, so the panel can say it once for the group. */
  shared?: { note?: string; evidence: Evidence; inferred: boolean };
}

/**
 * The Repertoire often states a whole group in one sentence ("most members of the
 * Council made statements"), which gives fourteen identical rows; said once, the names
 * can be read at a glance.
 */
function sharedStatement(rows: readonly ParticipantRow[]): ParticipantGroup["shared"] {
  const first = rows[0];
  if (!first || rows.length < 3) return undefined;
  const same = (row: ParticipantRow) =>
    !row.participation.onBehalfOf &&
    !row.participation.capacity &&
    !row.participation.corroboratedBy &&
    row.participation.note === first.participation.note &&
    row.inferred === first.inferred &&
    describeEvidence(row.participation.evidence) === describeEvidence(first.participation.evidence);
  if (!rows.every(same)) return undefined;
  return { note: first.participation.note, evidence: first.participation.evidence, inferred: first.inferred };
}

/** What the details panel may show of an edge: inferred edges go when only stated ones are wanted. */
export function edgeVisible(participation: Participation, statedOnly: boolean): boolean {
  return !statedOnly || participation.certainty === "stated";
}

/**
 * A meeting's participants grouped by role, groups in the contract's role order, people
 * within a group by name, so the list reads the same whatever order the ingest wrote.
 */
export function groupParticipants(participations: readonly Participation[], entityOf: EntityLookup, statedOnly: boolean): ParticipantGroup[] {
  const byRole = new Map<ParticipationRole, ParticipantRow[]>();
  for (const participation of participations) {
    if (!edgeVisible(participation, statedOnly)) continue;
    const entity = entityOf(participation.entityId);
    const row: ParticipantRow = { participation, entity, name: entity?.name ?? participation.entityId, inferred: participation.certainty === "inferred" };
    const rows = byRole.get(participation.role);
    if (rows) rows.push(row);
    else byRole.set(participation.role, [row]);
  }
  return participationRoles
    .filter((role) => byRole.has(role))
    .map((role) => {
      const rows = byRole.get(role)!.sort((a, b) => a.name.localeCompare(b.name, "en") || a.participation.id.localeCompare(b.participation.id));
      const shared = sharedStatement(rows);
      return { role, label: participationRoleLabels[role].group, rows, ...(shared ? { shared } : {}) };
    });
}

/** Distinct entities among the groups: one state speaking twice is one participant. */
export function participantCount(groups: readonly ParticipantGroup[]): number {
  return new Set(groups.flatMap((group) => group.rows.map((row) => row.participation.entityId))).size;
}

export interface EntityMeeting {
  meeting: Meeting;
  edges: Participation[];
}

/** An entity's meetings in date order (then by id, so resumptions follow their meeting), each with its edges. */
export function meetingsOfEntity(
  participations: readonly Participation[],
  meetingOf: (id: string) => Meeting | undefined,
  statedOnly: boolean,
): EntityMeeting[] {
  const byMeeting = new Map<string, EntityMeeting>();
  for (const participation of participations) {
    if (!edgeVisible(participation, statedOnly)) continue;
    const meeting = meetingOf(participation.meetingId);
    if (!meeting) continue;
    const entry = byMeeting.get(meeting.id);
    if (entry) entry.edges.push(participation);
    else byMeeting.set(meeting.id, { meeting, edges: [participation] });
  }
  return [...byMeeting.values()].sort(
    (a, b) => a.meeting.date.localeCompare(b.meeting.date) || (a.meeting.number ?? 0) - (b.meeting.number ?? 0) || a.meeting.id.localeCompare(b.meeting.id),
  );
}
