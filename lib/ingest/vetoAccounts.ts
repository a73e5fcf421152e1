import type { Evidence, Meeting, Outcome, VetoAccount } from "@/lib/model/schema";
import type { VetoRecord } from "@/lib/sources/vetoTable";

// Two accounts of the Council's vetoes: each year's meetings table, and the library's veto
// list, the register kept for that purpose. The rule that reconciles them (README, "Two
// veto accounts"):
// - the veto list decides whether a draft was vetoed and by whom: the outcome's `vetoedBy`
//   and kind follow it;
// - the meeting, date and vote stay the year table's, the record of the meeting;
// - wherever the two disagree (vetoers, kind, symbol, meeting or date), the outcome keeps
//   both accounts in `vetoAccounts`, the year table's first, and the details panel shows both;
// - a veto only the list gives is added to the meeting the list names, as a vetoed draft
//   whose evidence is the list; a veto only the year table gives becomes a draft not adopted.

const draftKey = (symbol: string) => symbol.replace(/\s+/g, "").toUpperCase();
const baseKey = (symbol: string) => draftKey(symbol).replace(/\/(?:REV|CORR|ADD)\.\d+$/g, "");
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

export interface VetoDisagreement {
  meetingId: string;
  draft: string;
  what: string;
}

interface Slot {
  meetingId: string;
  index: number;
}

function listEvidence(veto: VetoRecord): Evidence {
  return { source: "un-veto-table", file: veto.evidence.file, row: veto.evidence.row, line: veto.evidence.line, start: veto.evidence.start, end: veto.evidence.end };
}

function listAccount(veto: VetoRecord, vetoedBy: string[]): VetoAccount {
  return { source: "un-veto-table", vetoedBy, draft: veto.draft, date: veto.date, ...(veto.meetingNumber ? { meetingNumber: veto.meetingNumber } : {}), evidence: listEvidence(veto) };
}

function tableAccount(meeting: Meeting, outcome: Outcome | undefined): VetoAccount {
  return {
    source: "un-meetings-table",
    vetoedBy: outcome?.kind === "vetoed-draft" ? outcome.vetoedBy : [],
    ...(outcome?.symbol ? { draft: outcome.symbol } : {}),
    date: meeting.date,
    ...(meeting.number ? { meetingNumber: meeting.number } : {}),
    evidence: meeting.sources[0]!,
  };
}

/** Where the year tables hold each draft symbol: the outcomes that name it, in meeting order. */
function draftIndex(meetings: ReadonlyMap<string, Meeting>): Map<string, Slot[]> {
  const index = new Map<string, Slot[]>();
  for (const meeting of meetings.values()) {
    meeting.outcomes.forEach((outcome, i) => {
      if (!outcome.symbol || (outcome.kind !== "vetoed-draft" && outcome.kind !== "draft-not-adopted")) return;
      const key = draftKey(outcome.symbol);
      index.set(key, [...(index.get(key) ?? []), { meetingId: meeting.id, index: i }]);
    });
  }
  return index;
}

function findSlot(veto: VetoRecord, index: Map<string, Slot[]>, meetings: ReadonlyMap<string, Meeting>): Slot | undefined {
  let candidates = index.get(draftKey(veto.draft)) ?? [...index.entries()].filter(([key]) => baseKey(key) === baseKey(veto.draft)).flatMap(([, slots]) => slots);
  const meetingOf = (slot: Slot) => meetings.get(slot.meetingId)!;
  // A vetoed draft before a draft not adopted with the same symbol (the table may list a draft twice).
  const vetoedFirst = (slot: Slot) => (meetingOf(slot).outcomes[slot.index]!.kind === "vetoed-draft" ? 0 : 1);
  candidates = [...candidates].sort((a, b) => vetoedFirst(a) - vetoedFirst(b));
  const pick =
    candidates.find((slot) => veto.meetingNumber !== undefined && meetingOf(slot).number === veto.meetingNumber) ??
    candidates.find((slot) => meetingOf(slot).date === veto.date || meetingOf(slot).endDate === veto.date) ??
    candidates[0];
  if (!pick) return undefined;
  const key = draftKey(meetingOf(pick).outcomes[pick.index]!.symbol!);
  index.set(key, (index.get(key) ?? []).filter((slot) => slot !== pick));
  return pick;
}

function replaceOutcome(meetings: Map<string, Meeting>, slot: Slot, outcome: Outcome) {
  const meeting = meetings.get(slot.meetingId)!;
  meetings.set(meeting.id, { ...meeting, outcomes: meeting.outcomes.map((old, i) => (i === slot.index ? outcome : old)) });
}

/**
 * Reconciles the year tables' vetoes with the veto list by the rule above, in place on
 * `meetings`. `resolve` turns the list's names into entity ids on the veto's date.
 */
export function reconcileVetoes(meetings: Map<string, Meeting>, vetoes: readonly VetoRecord[], resolve: (names: readonly string[], date: string) => string[]): VetoDisagreement[] {
  const disagreements: VetoDisagreement[] = [];
  const index = draftIndex(meetings);
  const years = new Set([...meetings.values()].map((meeting) => meeting.date.slice(0, 4)));
  for (const veto of vetoes) {
    if (!years.has(veto.date.slice(0, 4))) continue;
    const vetoedBy = resolve(veto.vetoedByNames, veto.date);
    const slot = findSlot(veto, index, meetings);
    if (slot) {
      const meeting = meetings.get(slot.meetingId)!;
      const outcome = meeting.outcomes[slot.index]!;
      const differences = [
        outcome.kind !== "vetoed-draft" ? "the year table records no veto" : undefined,
        outcome.kind === "vetoed-draft" && !sameSet(outcome.vetoedBy, vetoedBy) ? "the vetoing members differ" : undefined,
        draftKey(outcome.symbol!) !== draftKey(veto.draft) ? "the draft symbol differs" : undefined,
        meeting.number !== undefined && veto.meetingNumber !== undefined && meeting.number !== veto.meetingNumber ? "the meeting differs" : undefined,
        meeting.date !== veto.date && meeting.endDate !== veto.date ? "the date differs" : undefined,
      ].filter((difference): difference is string => difference !== undefined);
      if (differences.length === 0) continue;
      replaceOutcome(meetings, slot, { ...outcome, kind: "vetoed-draft", vetoedBy, vetoAccounts: [tableAccount(meeting, outcome), listAccount(veto, vetoedBy)] });
      disagreements.push({ meetingId: meeting.id, draft: veto.draft, what: differences.join("; ") });
      continue;
    }
    const meeting = veto.meetingNumber !== undefined ? meetings.get(String(veto.meetingNumber)) : undefined;
    if (!meeting) {
      disagreements.push({ meetingId: "", draft: veto.draft, what: `the veto list's meeting ${veto.meetingNumber ?? "?"} is not in the year tables` });
      continue;
    }
    const added: Outcome = { kind: "vetoed-draft", symbol: veto.draft, vetoedBy, notParticipating: [], vetoAccounts: [tableAccount(meeting, undefined), listAccount(veto, vetoedBy)] };
    meetings.set(meeting.id, { ...meeting, outcomes: [...meeting.outcomes, added] });
    disagreements.push({ meetingId: meeting.id, draft: veto.draft, what: "only the veto list records this veto" });
  }
  // What is left in the index as vetoed is a veto the list does not hold.
  for (const slots of index.values()) {
    for (const slot of slots) {
      const meeting = meetings.get(slot.meetingId)!;
      const outcome = meeting.outcomes[slot.index]!;
      if (outcome.kind !== "vetoed-draft" || outcome.vetoAccounts) continue;
      // The list may give the same draft at another meeting (1963's S/5407, repeated by the year table at the 1069th).
      const elsewhere = vetoes.find((veto) => draftKey(veto.draft) === draftKey(outcome.symbol!));
      const note = elsewhere ? `the veto list gives ${elsewhere.draft} as vetoed at meeting ${elsewhere.meetingNumber ?? "?"} on ${elsewhere.date}` : `no veto of ${outcome.symbol} in the veto list`;
      const listEvidenceHere: Evidence = elsewhere ? { ...listEvidence(elsewhere), note } : { source: "un-veto-table", file: "sources/un-meetings-tables/scact_veto_table_en.html", note };
      replaceOutcome(meetings, slot, { ...outcome, kind: "draft-not-adopted", vetoedBy: [], vetoAccounts: [tableAccount(meeting, outcome), { source: "un-veto-table", vetoedBy: [], evidence: listEvidenceHere }] });
      disagreements.push({ meetingId: meeting.id, draft: outcome.symbol!, what: "only the year table records this veto" });
    }
  }
  return disagreements;
}
