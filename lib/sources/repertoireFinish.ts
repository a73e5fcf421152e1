import { readFootnote } from "./repertoireFootnotes";
import { outcomeFromHeading } from "./repertoireOutcome";
import { report, type Mapped, type SourceContext } from "./repertoireText";
import type { RepertoireFootnote, RepertoireItem, RepertoireMeeting, RepertoireParticipant } from "./repertoireTypes";

// The second half of reading an item: footnotes are printed after the text that marks
// them, so what they say about drafts and participants is attached once the whole item
// has been read, through the anchor each marker left behind.

export interface MeetingDraft {
  meeting: RepertoireMeeting;
  /** What the heading says was decided, to check against (or stand in for) the text. */
  decided?: string;
  headingEvidence: Mapped;
  draftSymbols: string[];
  start: number;
  end: number;
}

export type AnchorKind = "draft" | "participant" | "sentence" | "other";

export interface Anchor {
  number: number;
  kind: AnchorKind;
  meeting?: MeetingDraft;
  participant?: RepertoireParticipant;
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
  if (anchor.kind === "draft" && meeting) {
    for (const symbol of facts.symbols) {
      const outcome = meeting.meeting.outcome;
      if (/^S\/PRST\//.test(symbol)) {
        if (outcome?.kind === "presidential-statement" && !outcome.symbol) outcome.symbol = symbol;
      } else meeting.draftSymbols.push(symbol);
    }
  } else if (facts.symbols.length > 0 && meeting?.meeting.outcome?.kind === "presidential-statement") {
    // "The President then made the following statement on behalf of the Council:⁵" / "⁵ S/PRST/2003/5."
    const prst = facts.symbols.find((s) => /^S\/PRST\//.test(s));
    if (prst && !meeting.meeting.outcome.symbol) meeting.meeting.outcome.symbol = prst;
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

function finishOutcome(ctx: SourceContext, draft: MeetingDraft): void {
  const meeting = draft.meeting;
  const symbols = [...new Set(draft.draftSymbols)];
  if (meeting.outcome) meeting.outcome.draftSymbols = symbols;
  if (!draft.decided) return;
  const stated = outcomeFromHeading(draft.decided);
  if (!stated) {
    report(ctx, draft.headingEvidence, "unrecognised-heading", `the decision "${draft.decided}" is not one the parser knows`);
    return;
  }
  if (!meeting.outcome) {
    report(ctx, draft.headingEvidence, "outcome-missing", `meeting ${meeting.number}: the heading names a decision the text did not report in a form the parser reads`);
    meeting.outcome = { ...stated, draftSymbols: symbols, span: meeting.span };
    return;
  }
  const rejected = (k: string) => k === "vetoed-draft" || k === "draft-not-adopted";
  const sameKind = stated.kind === meeting.outcome.kind || (rejected(stated.kind) && rejected(meeting.outcome.kind));
  if (!sameKind || (stated.symbol && meeting.outcome.symbol && stated.symbol !== meeting.outcome.symbol)) {
    report(ctx, draft.headingEvidence, "heading-mismatch", `meeting ${meeting.number}: the heading says "${draft.decided}", the text reports ${meeting.outcome.kind} ${meeting.outcome.symbol ?? ""}`.trim());
  }
  if (!meeting.outcome.symbol && stated.symbol) meeting.outcome.symbol = stated.symbol;
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
    finishOutcome(ctx, meeting);
    meeting.meeting.participants = dedupe(meeting.meeting.participants);
  }
  draft.item.meetings = draft.meetings.map((m) => m.meeting);
  draft.item.footnotes = [...draft.footnoteBodies.values()].map((f) => f.footnote).sort((a, b) => a.number - b.number);
  return draft.item;
}
