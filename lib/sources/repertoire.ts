import { readBlocks, endsInConnector, type Block } from "./repertoireBlocks";
import { emptyHolder, finishItem, reclaimFootnotes, type ItemDraft, type MeetingDraft } from "./repertoireFinish";
import { parseItemHeading, parseMeetingHeading, parseSectionHeading, type MeetingHeading, type MeetingNumber } from "./repertoireHeadings";
import { findMarkers, leadingMarker, withoutMarkers } from "./repertoireMarkers";
import { blankPageFurniture } from "./repertoirePageFurniture";
import { readProceedingSentence, type SentenceFacts } from "./repertoireProceedings";
import { splitSentences } from "./repertoireSentences";
import { report, sourceContext, sourceLines, spanOf, type Mapped, type SourceContext } from "./repertoireText";
import type { RepertoireItem, RepertoireResult } from "./repertoireTypes";

export type * from "./repertoireTypes";

// Reads the prose of the *Repertoire of the Practice of the Security Council*: items
// ("52. …"), groups of meetings ("Initial proceedings"), meeting headings ("Decision of …
// (4694th meeting): …") and the paragraphs under them, into meetings with their outcome and
// participants. Pure: text in, records and problems out. Whatever it cannot read becomes a
// Problem with a line number; it never throws on any input.
//
// Problem codes: text-outside-item, unrecognised-heading, heading-dates, unplaced-paragraph,
// unparsed-sentence, unrecognised-participant, unparsed-footnote-sentence, meeting-not-in-heading,
// date-mismatch, outcome-missing, heading-mismatch, dangling-footnote (a
// marker without a footnote), orphan-footnote (a footnote without a marker), duplicate-footnote,
// footnote-outside-meeting, aligned-without-speaker, internal-error (a bug in this parser).

interface Group {
  meetings: MeetingDraft[];
  current: MeetingDraft;
  /** After "…, inter alia:" the paragraphs quote the decision, until proceedings resume. */
  quoted: boolean;
}

interface Walk {
  ctx: SourceContext;
  /** Items are finished together at the end: a later item may hold an earlier one's footnote. */
  drafts: ItemDraft[];
  item: ItemDraft | null;
  section: { initial: boolean; title: string } | null;
  group: Group | null;
}

/** Sentences in a paragraph that is not proceedings, yet reads like proceedings: report, don't drop. */
const proceedingsSignal =
  /\bput to the vote\b|\bstatements were made by\b|\bincluded in its agenda\b|\bon behalf of the (?:Security )?Council\b|\binvited the representatives? of\b|\bbriefed the (?:Security )?Council\b|^At (?:its|the) \d{4}/i;

function noteMarkers(walk: Walk, m: Mapped, meeting?: MeetingDraft): void {
  for (const marker of findMarkers(m)) walk.item?.anchors.push({ number: marker.number, kind: "other", evidence: m, ...(meeting ? { meeting } : {}) });
}

function closeItem(walk: Walk): void {
  if (walk.item) walk.drafts.push(walk.item);
  walk.item = null;
  walk.group = null;
  walk.section = null;
}

function outside(walk: Walk, block: Block): boolean {
  if (walk.item) return false;
  report(walk.ctx, block.text, "text-outside-item", "text before the first item heading (\"51. Title\")");
  return true;
}

function onItemHeading(walk: Walk, block: Block): void {
  closeItem(walk);
  const heading = parseItemHeading(withoutMarkers(block.text.text));
  if (!heading) return;
  const item: RepertoireItem = { number: heading.number, title: heading.title, span: spanOf(walk.ctx, block.text), meetings: [], footnotes: [] };
  walk.item = { item, meetings: [], anchors: [], footnoteBodies: new Map() };
  noteMarkers(walk, block.text);
}

function onSectionHeading(walk: Walk, block: Block): void {
  if (outside(walk, block)) return;
  const title = withoutMarkers(block.text.text);
  walk.section = { initial: parseSectionHeading(title)?.initial ?? false, title };
  walk.group = null;
  noteMarkers(walk, block.text);
}

function newMeeting(walk: Walk, heading: MeetingHeading, headingText: Mapped, { number, resumption }: MeetingNumber, date: string): MeetingDraft {
  const start = headingText.at[0] ?? 0;
  return {
    meeting: {
      number,
      ...(resumption ? { resumption } : {}),
      date,
      section: walk.section?.initial ? "initial-proceedings" : "other",
      sectionTitle: walk.section?.title ?? "",
      kind: heading.kind,
      heading: withoutMarkers(headingText.text),
      participants: [],
      outcomes: [],
      span: spanOf(walk.ctx, headingText),
    },
    ...(heading.decided ? { decided: withoutMarkers(heading.decided) } : {}),
    headingEvidence: headingText,
    pending: emptyHolder(),
    decisions: [],
    start,
    end: (headingText.at[headingText.at.length - 1] ?? start) + 1,
  };
}

function onMeetingHeading(walk: Walk, block: Block): void {
  if (outside(walk, block) || !walk.item) return;
  walk.group = null;
  noteMarkers(walk, block.text);
  const heading = parseMeetingHeading(withoutMarkers(block.text.text));
  if (!heading || "error" in heading) {
    report(walk.ctx, block.text, "unrecognised-heading", `meeting heading not understood: ${heading?.error ?? "unknown form"}`);
    return;
  }
  const { numbers, dates } = heading;
  if (dates.length !== 1 && dates.length !== numbers.length) {
    report(walk.ctx, block.text, "heading-dates", `${numbers.length} meetings but ${dates.length} dates in the heading`);
  }
  const meetings = numbers.map((number, i) => newMeeting(walk, heading, block.text, number, dates[Math.min(i, dates.length - 1)] ?? ""));
  walk.item.meetings.push(...meetings);
  const first = meetings[0];
  if (first) walk.group = { meetings, current: first, quoted: false };
}

function onFootnote(walk: Walk, block: Block): void {
  if (outside(walk, block) || !walk.item) return;
  const marker = leadingMarker(block.text);
  if (!marker) return;
  const bodies = walk.item.footnoteBodies;
  if (bodies.has(marker.number)) {
    report(walk.ctx, block.text, "duplicate-footnote", `item ${walk.item.item.number} has two footnotes numbered ${marker.number}`);
    return;
  }
  const text = withoutMarkers(marker.body.text);
  bodies.set(marker.number, { footnote: { number: marker.number, text, span: spanOf(walk.ctx, block.text) }, body: marker.body });
}

/** The meeting a sentence is about: the one it opens, else the one being read. */
function meetingFor(walk: Walk, group: Group, facts: SentenceFacts, sentence: Mapped): MeetingDraft {
  const opens = facts.opens;
  if (!opens) return group.current;
  let meeting = group.meetings.find((m) => m.meeting.number === opens.number && m.meeting.resumption === opens.resumption);
  if (!meeting) {
    const first = group.meetings[0] ?? group.current;
    const label = `${opens.number}${opens.resumption ? ` (resumption ${opens.resumption})` : ""}`;
    report(walk.ctx, sentence, "meeting-not-in-heading", `meeting ${label} is not among the heading's meetings`);
    const numbered: MeetingNumber = { number: opens.number, ...(opens.resumption ? { resumption: opens.resumption } : {}) };
    const heading: MeetingHeading = { kind: first.meeting.kind, numbers: [numbered], dates: [] };
    meeting = newMeeting(walk, heading, first.headingEvidence, numbered, opens.date ?? first.meeting.date);
    group.meetings.push(meeting);
    walk.item?.meetings.push(meeting);
  } else if (opens.date && opens.date !== meeting.meeting.date) {
    report(walk.ctx, sentence, "date-mismatch", `meeting ${opens.number}: the heading dates it ${meeting.meeting.date}, the text ${opens.date}`);
  }
  // The second meeting under one heading starts where the text opens it.
  if (meeting !== group.meetings[0]) meeting.start = opens.evidence.at[0] ?? meeting.start;
  group.current = meeting;
  return meeting;
}

function applySentence(walk: Walk, group: Group, facts: SentenceFacts, sentence: Mapped): void {
  const item = walk.item;
  if (!item) return;
  const meeting = meetingFor(walk, group, facts, sentence);
  const record = meeting.meeting;
  if (!facts.recognised) report(walk.ctx, sentence, "unparsed-sentence", `meeting ${record.number}: a sentence the parser does not understand`);
  if (facts.agendaTitle && !record.agendaItemTitle) record.agendaItemTitle = facts.agendaTitle;
  for (const { participant, markers } of facts.participants) {
    record.participants.push(participant);
    for (const number of markers) item.anchors.push({ number, kind: "participant", meeting, participant, evidence: sentence });
  }
  // A draft is presented, then voted on, in the same sentence or the next: what is said of
  // it (symbols, sponsors, who did not vote) waits in `pending` until a decision claims it.
  const holder = meeting.pending;
  holder.draftSymbols.push(...facts.outcome.draftSymbols);
  holder.sponsorNames.push(...facts.outcome.sponsorNames);
  holder.notParticipatingNames.push(...facts.outcome.notParticipatingNames);
  const found = facts.outcome.outcome;
  if (found) {
    const { evidence, ...outcome } = found;
    meeting.decisions.push({ outcome: { ...outcome, draftSymbols: [], span: spanOf(walk.ctx, evidence) }, holder });
    meeting.pending = emptyHolder();
  }
  const kind = found || facts.outcome.mentionsDraft ? "draft" : "sentence";
  for (const number of facts.otherMarkers) item.anchors.push({ number, kind, meeting, holder, evidence: sentence });
  if (facts.introducesQuote) group.quoted = true;
  meeting.end = Math.max(meeting.end, (sentence.at[sentence.at.length - 1] ?? 0) + 1);
}

function onText(walk: Walk, block: Block): void {
  if (outside(walk, block)) return;
  const text = block.text.text;
  if (!block.terminated && text.length < 150 && /^[A-Z0-9"“]/.test(text) && !endsInConnector(text)) {
    report(walk.ctx, block.text, "unrecognised-heading", "a heading-like line the parser does not know");
    noteMarkers(walk, block.text);
    return;
  }
  const group = walk.group;
  if (!group) {
    report(walk.ctx, block.text, "unplaced-paragraph", "a paragraph outside any meeting heading");
    noteMarkers(walk, block.text);
    return;
  }
  const sentences = splitSentences(block.text);
  const first = sentences[0];
  const firstFacts = first ? readProceedingSentence(walk.ctx, first) : null;
  if (!first || !firstFacts || !(firstFacts.recognised || firstFacts.opens || firstFacts.sameMeeting)) {
    // Quoted decisions and summaries of statements: not proceedings, not data.
    if (!group.quoted) {
      for (const sentence of sentences) {
        if (proceedingsSignal.test(withoutMarkers(sentence.text))) {
          report(walk.ctx, sentence, "unparsed-sentence", "reads like proceedings, but sits in a summary paragraph the parser skips");
        }
      }
    }
    noteMarkers(walk, block.text, group.current);
    return;
  }
  group.quoted = false;
  applySentence(walk, group, firstFacts, first);
  for (const sentence of sentences.slice(1)) applySentence(walk, group, readProceedingSentence(walk.ctx, sentence), sentence);
}

const handlers: Record<Block["kind"], (walk: Walk, block: Block) => void> = {
  "item-heading": onItemHeading,
  "section-heading": onSectionHeading,
  "meeting-heading": onMeetingHeading,
  footnote: onFootnote,
  text: onText,
};

export function parseRepertoire(text: string, opts: { file: string }): RepertoireResult {
  const source = typeof text === "string" ? text : "";
  const ctx = sourceContext(source, opts.file);
  const walk: Walk = { ctx, drafts: [], item: null, section: null, group: null };
  const items: RepertoireItem[] = [];
  try {
    for (const block of readBlocks(blankPageFurniture(sourceLines(source)))) handlers[block.kind](walk, block);
    closeItem(walk);
    reclaimFootnotes(walk.drafts);
    for (const draft of walk.drafts) items.push(finishItem(ctx, draft));
  } catch (error) {
    // A bug, not a property of the input: say so with the file, keep what was read.
    report(ctx, { text: "", at: [] }, "internal-error", `parseRepertoire failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  // Footnote problems are found when the item closes; report everything in reading order.
  const problems = ctx.problems.map((p, i) => [p, i] as const).sort(([a, i], [b, j]) => a.line - b.line || i - j);
  return { items, problems: problems.map(([p]) => p) };
}
