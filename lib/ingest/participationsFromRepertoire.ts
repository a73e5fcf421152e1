import { stateId } from "@/lib/model/ids";
import type { Entity, Evidence, Participation } from "@/lib/model/schema";
import type { Problem } from "@/lib/sources/problem";
import type { RepertoireItem, RepertoireMeeting, RepertoireParticipant } from "@/lib/sources/repertoireTypes";
import { repertoireEvidence } from "./evidence";
import { slug } from "./names";
import type { CouncilMembership } from "./councilMembership";
import type { Reference } from "./reference";
import type { EntityResolver } from "./resolver";
import type { UnresolvedRegistry } from "./unresolvedEntities";

export interface RepertoireJoin {
  meetingId: string;
  agendaItem: string;
  agendaItemNumber: number;
  evidence: Evidence;
}

export interface RepertoireModel {
  participations: Participation[];
  /** Entities the prose defines that the reference does not hold ("parliamentarians from Mexico"). */
  entities: Entity[];
  joins: RepertoireJoin[];
  problems: Problem[];
}

interface Context {
  file: string;
  item: RepertoireItem;
  meeting: RepertoireMeeting;
  resolver: EntityResolver;
  reference: Reference;
  unresolved: UnresolvedRegistry;
  entities: Map<string, Entity>;
  membership?: CouncilMembership;
}

/** "a group of parliamentarians from Mexico": people the text counts as one party. */
const groupFrom = /^(?:an?\s+(?:group|delegation)\s+of\s+)?([a-z][a-z ]+?)\s+from\s+(.+)$/i;

function resolveParty(name: string, evidence: Evidence, context: Context): string {
  const date = context.meeting.date;
  const known = context.resolver.resolveName(name, date);
  if (known) return known;
  const group = groupFrom.exec(name.trim());
  const groupState = group ? context.resolver.resolveName(group[2]!, date) : undefined;
  if (group && groupState) {
    const label = `${group[1]!.charAt(0).toUpperCase()}${group[1]!.slice(1)} from ${group[2]!.replace(/^the\s+/i, "")}`;
    const id = `group:${slug(label)}`;
    if (!context.entities.has(id)) context.entities.set(id, { id, kind: "group", name: label, aliases: [name], members: [groupState], sources: [evidence] });
    return id;
  }
  return context.unresolved.register(name, evidence, { file: context.file, line: evidence.line ?? 0 });
}

function representativeOf(participant: RepertoireParticipant, representedId: string, evidence: Evidence, context: Context): string {
  const date = context.meeting.date;
  const officeStateId = participant.capacityOf ? context.resolver.resolveName(participant.capacityOf, date) : representedId;
  if (participant.person) return context.resolver.resolveName(participant.person, date) ?? resolveParty(participant.person, evidence, context);
  const capacity = participant.capacity ?? "Representative";
  const known = context.resolver.resolveRepresentative(capacity, officeStateId?.startsWith("state:") ? officeStateId : undefined);
  if (known) return known;
  // The Repertoire names an office, not a person: the office holder becomes the entity.
  const officeState = officeStateId ? context.reference.states.find((state) => stateId(state.iso3) === officeStateId)?.name : participant.capacityOf;
  const label = officeState ? `${capacity} of ${officeState}` : capacity;
  const id = `person:${slug(label)}`;
  if (!context.entities.has(id)) context.entities.set(id, { id, kind: "person", name: label, aliases: [], title: label, sources: [evidence] });
  return id;
}

function councilMembersOn(date: string, context: Pick<Context, "reference" | "membership">): readonly string[] {
  // Every year's Council from council-members-1946-2022.json; without it, the reference's year only.
  const known = context.membership?.membersOn(date);
  if (known) return known;
  return date.startsWith(`${context.reference.presidencies[0]?.month.slice(0, 4) ?? ""}-`) ? context.reference.councilMembers.map((member) => stateId(member.iso3)) : [];
}

function participationsOfMeeting(context: Context, problems: Problem[]): Participation[] {
  const { meeting, item, file } = context;
  const meetingId = String(meeting.number);
  const out: Participation[] = [];
  const push = (participant: RepertoireParticipant, entityId: string, extra: Partial<Participation> = {}) => {
    const evidence = repertoireEvidence(file, item.number, participant.span, participant.footnote);
    const role = extra.role ?? participant.role;
    const id = [meetingId, role, entityId, extra.onBehalfOf].filter(Boolean).join("|");
    out.push({
      id, meetingId, entityId, role, certainty: "stated", evidence,
      ...(participant.capacity ? { capacity: participant.capacity } : {}),
      ...(participant.note ? { note: participant.note } : {}),
      ...extra,
    });
  };
  const nonSpeaking = new Set(
    meeting.participants.filter((p) => p.role === "non-speaking").map((p) => context.resolver.resolveName(p.name, meeting.date)),
  );
  for (const participant of meeting.participants) {
    const evidence = repertoireEvidence(file, item.number, participant.span, participant.footnote);
    if (participant.role === "council-member" && participant.scope) {
      const members = councilMembersOn(meeting.date, context);
      if (members.length === 0) {
        problems.push({ file, line: participant.span.line, code: "council-membership-unknown", message: `participationsOfMeeting: no Council membership for ${meeting.date}; "${participant.name}" not expanded`, excerpt: participant.name });
      }
      for (const member of members) {
        if (participant.scope === "most" && nonSpeaking.has(member)) continue;
        push(participant, member, { note: `${participant.scope === "all" ? "all" : "most"} members of the Council made statements` });
      }
      continue;
    }
    const onBehalfOf = participant.onBehalfOf ? resolveParty(participant.onBehalfOf, evidence, context) : undefined;
    if (participant.role === "represented-by") {
      const represented = onBehalfOf ?? resolveParty(participant.name, evidence, context);
      push(participant, representativeOf(participant, represented, evidence, context), { onBehalfOf: represented });
      continue;
    }
    const entityId = resolveParty(participant.name, evidence, context);
    // The prose lists "the representatives of X" alike for members and invitees; membership decides.
    const role = participant.role === "invited" && councilMembersOn(meeting.date, context).includes(entityId) ? "council-member" : participant.role;
    push(participant, entityId, { role, ...(onBehalfOf ? { onBehalfOf } : {}) });
  }
  return out;
}

/** Participations the Repertoire states, joined to the calendar by meeting number. */
export function participationsFromRepertoire(
  items: readonly RepertoireItem[],
  options: { file: string; resolver: EntityResolver; reference: Reference; unresolved: UnresolvedRegistry; calendarIds: ReadonlySet<string>; membership?: CouncilMembership },
): RepertoireModel {
  const entities = new Map<string, Entity>();
  const problems: Problem[] = [];
  const participations: Participation[] = [];
  const joins: RepertoireJoin[] = [];
  for (const item of items) {
    for (const meeting of item.meetings) {
      const meetingId = String(meeting.number);
      if (!options.calendarIds.has(meetingId)) {
        problems.push({ file: options.file, line: meeting.span.line, code: "meeting-not-in-calendar", message: `participationsFromRepertoire: meeting ${meetingId} of item ${item.number} is not in the UN meetings table`, excerpt: meeting.heading });
      }
      joins.push({ meetingId, agendaItem: meeting.agendaItemTitle ?? item.title, agendaItemNumber: item.number, evidence: repertoireEvidence(options.file, item.number, meeting.span) });
      const context: Context = { file: options.file, item, meeting, resolver: options.resolver, reference: options.reference, unresolved: options.unresolved, entities, membership: options.membership };
      participations.push(...participationsOfMeeting(context, problems));
    }
  }
  const unique = new Map(participations.map((participation) => [participation.id, participation]));
  return { participations: [...unique.values()], entities: [...entities.values()], joins, problems };
}
