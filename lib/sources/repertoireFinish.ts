import { readFootnote } from "./repertoireFootnotes";
import { outcomesFromHeading } from "./repertoireOutcome";
import { report, type Mapped, type SourceContext } from "./repertoireText";
import type { RepertoireFootnote, RepertoireItem, RepertoireMeeting, RepertoireOutcome, RepertoireParticipant } from "./repertoireTypes";

// The second half of reading an item: footnotes are printed after the text that marks
// them, so what they say about drafts and participants is attached once the whole item
// has been read, through the anchor each marker left behind.

/** What the text and its footnotes say of one draft, gathered until the item is finished. */
export interface DraftHolder {
  draftSymbols: string[];
  sponsorNames: string[];
  notParticipatingNames: string[];
  absentNames: string[];
}

export function emptyHolder(): DraftHolder {
  return { draftSymbols: [], sponsorNames: [], notParticipatingNames: [], absentNames: [] };
}

export interface MeetingDraft {
  meeting: RepertoireMeeting;
  /** What the heading says was decided, to check against (or stand in for) the text. */
  decided?: string;
  headingEvidence: Mapped;
  /** The draft being presented that no decision has claimed yet. */
  pending: DraftHolder;
  /** Each decision the text reports, with the draft it decided on. */
  decisions: Array<{ outcome: RepertoireOutcome; holder: DraftHolder }>;
  start: number;
  end: number;
}

export type AnchorKind = "draft" | "participant" | "sentence" | "other";

export interface Anchor {
  number: number;
  kind: AnchorKind;
  meeting?: MeetingDraft;
  participant?: RepertoireParticipant;
  /** The draft the marked sentence presents or decides on. */
  holder?: DraftHolder;
  evidence: Mapped;
}

export interface ItemDraft {
  item: RepertoireItem;
  meetings: MeetingDraft[];
  anchors: Anchor[];
  footnoteBodies: Map<number, { footnote: RepertoireFootnote; body: Mapped }>;
}

function applyFootnote(ctx: SourceContext, anchor: Anchor, body: Mapped): void {
  const facts = readFootnote(ctx, anchor.number, body);
  const meeting = anchor.meeting;
  const statement = meeting && anchor.holder ? meeting.decisions.find((d) => d.holder === anchor.holder && d.outcome.kind === "presidential-statement")?.outcome : undefined;
  if (anchor.kind === "draft" && meeting && anchor.holder) {
    const holder = anchor.holder;
    for (const symbol of facts.symbols) {
      if (/^S\/PRST\//.test(symbol)) {
        if (statement && !statement.symbol) statement.symbol = symbol;
      } else holder.draftSymbols.push(symbol);
    }
    holder.sponsorNames.push(...facts.sponsorNames);
    holder.notParticipatingNames.push(...facts.notParticipatingNames);
    holder.absentNames.push(...facts.absentNames);
  } else if (facts.symbols.length > 0 && statement) {
    // "The President then made the following statement on behalf of the Council:⁵" / "⁵ S/PRST/2003/5."
    const prst = facts.symbols.find((s) => /^S\/PRST\//.test(s));
    if (prst && !statement.symbol) statement.symbol = prst;
  } else if (facts.sponsorNames.length + facts.notParticipatingNames.length + facts.absentNames.length > 0) {
    report(ctx, body, "vote-outside-decision", `footnote ${anchor.number} names sponsors or voters, but its marker is on no draft or decision`);
  }
  if (facts.participants.length === 0) return;
  if (!meeting) {
    report(ctx, body, "footnote-outside-meeting", `footnote ${anchor.number} names participants but its marker is not in a meeting's proceedings`);
    return;
  }
  for (const { participant } of facts.participants) {
    if (participant.role === "aligned") {
      // Aligned states align with the statement the marker sits on: Greece's, "on behalf of the European Union".
      const party = anchor.participant?.onBehalfOf ?? anchor.participant?.name;
      if (party) participant.onBehalfOf = party;
      else report(ctx, body, "aligned-without-speaker", `footnote ${anchor.number} lists aligned states, but its marker is on no speaker`);
    }
    meeting.meeting.participants.push(participant);
  }
}

const unique = (names: string[]) => [...new Set(names)];

function withHolder(outcome: RepertoireOutcome, holder: DraftHolder): RepertoireOutcome {
  const finished: RepertoireOutcome = { ...outcome, draftSymbols: unique(holder.draftSymbols) };
  const lists = { sponsorNames: holder.sponsorNames, notParticipatingNames: [...(outcome.notParticipatingNames ?? []), ...holder.notParticipatingNames], absentNames: holder.absentNames };
  for (const [key, names] of Object.entries(lists) as Array<[keyof typeof lists, string[]]>) {
    if (names.length > 0) finished[key] = unique(names);
  }
  return finished;
}

const rejected = (kind: string) => kind === "vetoed-draft" || kind === "draft-not-adopted";

function finishOutcomes(ctx: SourceContext, draft: MeetingDraft): void {
  const meeting = draft.meeting;
  // A draft presented but never reported decided still belongs to the meeting's last decision, as before.
  const last = draft.decisions[draft.decisions.length - 1];
  if (last && draft.pending !== last.holder) {
    for (const key of Object.keys(draft.pending) as Array<keyof DraftHolder>) last.holder[key].push(...draft.pending[key]);
  }
  meeting.outcomes = draft.decisions.map(({ outcome, holder }) => withHolder(outcome, holder));
  if (!draft.decided) return;
  const stated = outcomesFromHeading(draft.decided);
  if (!stated) {
    report(ctx, draft.headingEvidence, "unrecognised-heading", `the decision "${draft.decided}" is not one the parser knows`);
    return;
  }
  if (meeting.outcomes.length === 0) {
    report(ctx, draft.headingEvidence, "outcome-missing", `meeting ${meeting.number}: the heading names a decision the text did not report in a form the parser reads`);
    meeting.outcomes = stated.map((s) => withHolder({ ...s, draftSymbols: [], span: meeting.span }, draft.pending));
    return;
  }
  for (const expected of stated) {
    const found = meeting.outcomes.find((o) => (o.kind === expected.kind || (rejected(o.kind) && rejected(expected.kind))) && (!expected.symbol || !o.symbol || o.symbol === expected.symbol));
    if (!found) {
      const reported = meeting.outcomes.map((o) => `${o.kind} ${o.symbol ?? ""}`.trim()).join(", ");
      report(ctx, draft.headingEvidence, "heading-mismatch", `meeting ${meeting.number}: the heading says "${draft.decided}", the text reports ${reported}`);
      continue;
    }
    if (!found.symbol && expected.symbol) found.symbol = expected.symbol;
  }
}

function participantKey(p: RepertoireParticipant): string {
  return [p.role, p.name.toLowerCase(), p.onBehalfOf ?? "", p.capacity ?? "", p.note ?? ""].join("|");
}

/** One record per participant and role; repeats (invited, then listed as a speaker) add nothing. */
function dedupe(participants: RepertoireParticipant[]): RepertoireParticipant[] {
  const seen = new Map<string, RepertoireParticipant>();
  for (const p of participants) {
    const key = participantKey(p);
    const first = seen.get(key);
    if (!first) seen.set(key, p);
    else if (first.footnote === undefined && p.footnote !== undefined) first.footnote = p.footnote;
  }
  return [...seen.values()];
}

/**
 * A footnote printed at the foot of a page can land after the next item's heading. When an
 * item has a marker without a footnote and the next item has that footnote without a
 * marker, the footnote belongs to the first.
 */
export function reclaimFootnotes(drafts: readonly ItemDraft[]): void {
  for (let i = 1; i < drafts.length; i++) {
    const previous = drafts[i - 1];
    const current = drafts[i];
    if (!previous || !current) continue;
    const marked = new Set(current.anchors.map((a) => a.number));
    for (const anchor of previous.anchors) {
      const stray = current.footnoteBodies.get(anchor.number);
      if (!stray || previous.footnoteBodies.has(anchor.number) || marked.has(anchor.number)) continue;
      previous.footnoteBodies.set(anchor.number, stray);
      current.footnoteBodies.delete(anchor.number);
    }
  }
}

export function finishItem(ctx: SourceContext, draft: ItemDraft): RepertoireItem {
  const applied = new Set<number>();
  for (const anchor of draft.anchors) {
    const target = draft.footnoteBodies.get(anchor.number);
    if (!target) {
      report(ctx, anchor.evidence, "dangling-footnote", `item ${draft.item.number}: marker ${anchor.number} points at no footnote of this item`);
      continue;
    }
    if (applied.has(anchor.number)) continue;
    applied.add(anchor.number);
    applyFootnote(ctx, anchor, target.body);
  }
  for (const [number, { body }] of draft.footnoteBodies) {
    if (!applied.has(number)) report(ctx, body, "orphan-footnote", `item ${draft.item.number}: no marker in the item points at footnote ${number}`);
  }
  for (const meeting of draft.meetings) {
    meeting.meeting.span = { line: ctx.lineOf(meeting.start), start: meeting.start, end: Math.max(meeting.end, meeting.start) };
    finishOutcomes(ctx, meeting);
    meeting.meeting.participants = dedupe(meeting.meeting.participants);
  }
  draft.item.meetings = draft.meetings.map((m) => m.meeting);
  draft.item.footnotes = [...draft.footnoteBodies.values()].map((f) => f.footnote).sort((a, b) => a.number - b.number);
  return draft.item;
}
