import type { Entity, Meeting, Participation } from "@/lib/model/schema";
import type { CouncilMembership } from "./councilMembership";
import type { VetoDisagreement } from "./vetoAccounts";

// Checks of the whole dataset, each with every exception it finds, written to
// data/ingest-report.json and summarised by `npm run ingest`. An exception is a fact to
// look at, not a failure of the run: the sources hold some (two resolutions with one
// number until corrected, a vote short of the Council's size when members were absent).

export interface CheckResult {
  id: string;
  /** What the check holds the data to. */
  rule: string;
  checked: number;
  exceptions: Array<{ meetingId?: string; entityId?: string; message: string }>;
}

const resolutionNumber = (symbol: string | undefined) => Number(/^S\/RES\/(\d+)/.exec(symbol ?? "")?.[1] ?? Number.NaN);

export function checkResolutionNumbers(meetings: readonly Meeting[]): CheckResult {
  const where = new Map<number, string[]>();
  for (const meeting of meetings) for (const outcome of meeting.outcomes) {
    const number = resolutionNumber(outcome.symbol);
    if (outcome.kind === "resolution" && Number.isFinite(number)) where.set(number, [...(where.get(number) ?? []), meeting.id]);
  }
  const numbers = [...where.keys()].sort((a, b) => a - b);
  const exceptions: CheckResult["exceptions"] = [];
  for (const [number, meetingIds] of where) if (meetingIds.length > 1) exceptions.push({ meetingId: meetingIds[0], message: `resolution ${number} is given at meetings ${meetingIds.join(", ")}` });
  const first = numbers[0] ?? 0;
  const last = numbers[numbers.length - 1] ?? 0;
  for (let number = first; number <= last; number++) if (!where.has(number)) exceptions.push({ message: `no meeting adopted resolution ${number}` });
  return { id: "resolution-numbers", rule: "resolution numbers are continuous and each is adopted once", checked: numbers.length, exceptions };
}

export function checkVetoAccounts(meetings: readonly Meeting[], disagreements: readonly VetoDisagreement[]): CheckResult {
  const vetoed = meetings.flatMap((meeting) => meeting.outcomes.filter((outcome) => outcome.kind === "vetoed-draft" || outcome.vetoAccounts).map(() => meeting.id));
  return {
    id: "veto-accounts",
    rule: "every vetoed draft is in both the year tables and the veto list, alike (lib/ingest/vetoAccounts.ts keeps both accounts where not)",
    checked: vetoed.length,
    exceptions: disagreements.map((disagreement) => ({ ...(disagreement.meetingId ? { meetingId: disagreement.meetingId } : {}), message: `${disagreement.draft}: ${disagreement.what}` })),
  };
}

export function checkVoteTotals(meetings: readonly Meeting[], membership: CouncilMembership): CheckResult {
  const exceptions: CheckResult["exceptions"] = [];
  let checked = 0;
  for (const meeting of meetings) for (const outcome of meeting.outcomes) {
    if (!outcome.vote) continue;
    const size = membership.sizeIn(Number(meeting.date.slice(0, 4)));
    if (size === undefined) continue;
    checked++;
    const total = outcome.vote.for + outcome.vote.against + outcome.vote.abstain + outcome.notParticipating.length;
    if (total !== size) {
      const absent = /\((\d+) absent\)/.exec(outcome.note ?? "")?.[1];
      exceptions.push({ meetingId: meeting.id, message: `${outcome.symbol ?? outcome.kind}: ${outcome.vote.for}-${outcome.vote.against}-${outcome.vote.abstain}${outcome.notParticipating.length ? ` + ${outcome.notParticipating.length} not participating` : ""} = ${total}, the Council had ${size}${absent ? ` (the table notes ${absent} absent)` : ""}` });
    }
  }
  return { id: "vote-totals", rule: "for + against + abstain + not participating = the Council's size that year (11 to 1965, 15 from 1966)", checked, exceptions };
}

export function checkMeetingOrder(meetings: readonly Meeting[]): CheckResult {
  const numbered = meetings.filter((meeting) => meeting.number !== undefined && meeting.resumption === undefined && meeting.part === undefined);
  const byNumber = [...numbered].sort((a, b) => a.number! - b.number!);
  const exceptions: CheckResult["exceptions"] = [];
  for (let i = 1; i < byNumber.length; i++) {
    const before = byNumber[i - 1]!;
    const after = byNumber[i]!;
    if (after.date < before.date) exceptions.push({ meetingId: after.id, message: `meeting ${after.number} (${after.date}) is dated before meeting ${before.number} (${before.date})` });
  }
  return { id: "meeting-order", rule: "meeting numbers rise with their dates", checked: numbered.length, exceptions };
}

export function checkEntityEras(participations: readonly Participation[], meetings: readonly Meeting[], entities: readonly Entity[]): CheckResult {
  const entityById = new Map(entities.map((entity) => [entity.id, entity]));
  const dateOf = new Map(meetings.map((meeting) => [meeting.id, meeting.date]));
  const exceptions: CheckResult["exceptions"] = [];
  let checked = 0;
  const uses = [
    ...participations.map((participation) => ({ entityId: participation.entityId, meetingId: participation.meetingId, date: dateOf.get(participation.meetingId) })),
    ...meetings.flatMap((meeting) => meeting.outcomes.flatMap((outcome) => [...outcome.vetoedBy, ...outcome.notParticipating]).map((entityId) => ({ entityId, meetingId: meeting.id, date: meeting.date }))),
  ];
  for (const use of uses) {
    const entity = entityById.get(use.entityId);
    if (!entity || !use.date) continue;
    checked++;
    if ((entity.validFrom && use.date < entity.validFrom) || (entity.validUntil && use.date > entity.validUntil)) {
      exceptions.push({ meetingId: use.meetingId, entityId: use.entityId, message: `${entity.name} (${entity.validFrom ?? "…"} to ${entity.validUntil ?? "…"}) appears on ${use.date}` });
    }
  }
  return { id: "entity-eras", rule: "every entity is named only on dates it existed", checked, exceptions };
}
