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
import { repertoireVoteEdges } from "./repertoireVoteEdges";

/** How a record's evidence is written: as the Repertoire's, or stamped as an import's. */
export type EvidenceStamp = (evidence: Evidence) => Evidence;

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
  stamp: EvidenceStamp;
}

/** "4762-R1" for a resumption, as the UN's table names it. */
export function repertoireMeetingId(meeting: Pick<RepertoireMeeting, "number" | "resumption">): string {
  return meeting.resumption ? `${meeting.number}-R${meeting.resumption}` : String(meeting.number);
}

/** "Judge Erik Møse" -> "Erik Møse": the honorific is the text's courtesy, not the name. */
function personName(text: string): string {
  return text.replace(/^(?:Mr|Mrs|Ms|Miss|Sir|Dame|Dr|Judge|Ambassador|Professor|Prof)\.?\s+/, "").trim();
}

const officeTitle = (participant: RepertoireParticipant) => {
  const office = participant.name.replace(/^the\s+/i, "");
  return `${office.charAt(0).toUpperCase()}${office.slice(1)}`;
};

/** A person the text names beside their office: the reference's, or one the prose defines. */
function personWithOffice(participant: RepertoireParticipant, evidence: Evidence, context: Context): string {
  const person = participant.person ?? "";
  const known = context.resolver.resolveName(person, context.meeting.date) ?? context.resolver.resolveName(personName(person), context.meeting.date);
  if (known) return known;
  const name = personName(person);
  const id = `person:${slug(name)}`;
  if (!context.entities.has(id)) context.entities.set(id, { id, kind: "person", name, aliases: person === name ? [] : [person], title: officeTitle(participant), sources: [evidence] });
  return id;
}

function participantNote(participant: RepertoireParticipant): string | undefined {
  const notes = [participant.note, participant.rule ? `invited under rule ${participant.rule}` : undefined].filter(Boolean);
  return notes.length > 0 ? notes.join("; ") : undefined;
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
  const { meeting, item, file, stamp } = context;
  const meetingId = repertoireMeetingId(meeting);
  const out: Participation[] = [];
  const push = (participant: RepertoireParticipant, entityId: string, extra: Partial<Participation> = {}) => {
    const evidence = stamp(repertoireEvidence(file, item.number, participant.span, participant.footnote));
    const role = extra.role ?? participant.role;
    const id = [meetingId, role, entityId, extra.onBehalfOf].filter(Boolean).join("|");
    const note = participantNote(participant);
    out.push({
      id, meetingId, entityId, role, certainty: "stated", evidence,
      ...(participant.capacity ? { capacity: participant.capacity } : {}),
      ...(note ? { note } : {}),
      ...extra,
    });
  };
  const nonSpeaking = new Set(
    meeting.participants.filter((p) => p.role === "non-speaking").map((p) => context.resolver.resolveName(p.name, meeting.date)),
  );
  for (const outcome of meeting.outcomes) {
    const evidence = stamp(repertoireEvidence(file, item.number, outcome.span));
    out.push(...repertoireVoteEdges(outcome, { meetingId, evidence, resolve: (name) => resolveParty(name, evidence, context) }));
  }
  for (const participant of meeting.participants) {
    const evidence = stamp(repertoireEvidence(file, item.number, participant.span, participant.footnote));
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
    const entityId = participant.person ? personWithOffice(participant, evidence, context) : resolveParty(participant.name, evidence, context);
    if (participant.person && !participant.capacity) {
      push(participant, entityId, { capacity: officeTitle(participant), ...(onBehalfOf ? { onBehalfOf } : {}) });
      continue;
    }
    // The prose lists "the representatives of X" alike for members and invitees; membership decides.
    const role = participant.role === "invited" && councilMembersOn(meeting.date, context).includes(entityId) ? "council-member" : participant.role;
    push(participant, entityId, { role, ...(onBehalfOf ? { onBehalfOf } : {}) });
  }
  return out;
}

/** Participations the Repertoire states, joined to the calendar by meeting number. */
export function participationsFromRepertoire(
  items: readonly RepertoireItem[],
  options: { file: string; resolver: EntityResolver; reference: Reference; unresolved: UnresolvedRegistry; calendarIds: ReadonlySet<string>; membership?: CouncilMembership; stamp?: EvidenceStamp },
): RepertoireModel {
  const stamp = options.stamp ?? ((evidence: Evidence) => evidence);
  const entities = new Map<string, Entity>();
  const problems: Problem[] = [];
  const participations: Participation[] = [];
  const joins: RepertoireJoin[] = [];
  for (const item of items) {
    for (const meeting of item.meetings) {
      const meetingId = repertoireMeetingId(meeting);
      if (!options.calendarIds.has(meetingId)) {
        problems.push({ file: options.file, line: meeting.span.line, code: "meeting-not-in-calendar", message: `participationsFromRepertoire: meeting ${meetingId} of item ${item.number} is not in the UN meetings table`, excerpt: meeting.heading });
      }
      joins.push({ meetingId, agendaItem: meeting.agendaItemTitle ?? item.title, agendaItemNumber: item.number, evidence: stamp(repertoireEvidence(options.file, item.number, meeting.span)) });
      const context: Context = { file: options.file, item, meeting, resolver: options.resolver, reference: options.reference, unresolved: options.unresolved, entities, membership: options.membership, stamp };
      participations.push(...participationsOfMeeting(context, problems));
    }
  }
  const unique = new Map(participations.map((participation) => [participation.id, participation]));
  return { participations: [...unique.values()], entities: [...entities.values()], joins, problems };
}
