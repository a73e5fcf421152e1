import { parseDate } from "./repertoireHeadings";
import { readParticipantList, type ListedParticipant } from "./repertoireList";
import { findMarkers, markerRun, stripMarkers, withoutMarkers } from "./repertoireMarkers";
import { readOutcome, type OutcomeFacts } from "./repertoireOutcome";
import { slice, spanOf, trim, type Mapped, type SourceContext } from "./repertoireText";

// The sentences in which the Repertoire reports a meeting's proceedings: which meeting,
// the agenda item, who presided, who was invited, who briefed, who made statements and
// what was decided. Summaries of what speakers said are not proceedings and are left to
// the caller to skip.

export interface SentenceFacts {
  /** "At its 4739th meeting, on 11 April 2003, …"; `date` null when it does not parse. */
  opens?: { number: number; resumption?: number; date: string | null; evidence: Mapped };
  /** "At the same meeting, …". */
  sameMeeting: boolean;
  agendaTitle?: string;
  participants: ListedParticipant[];
  outcome: OutcomeFacts;
  /** Markers of this sentence that no participant claimed. */
  otherMarkers: number[];
  /** Whether anything in the sentence was understood. */
  recognised: boolean;
  /** The sentence introduces quoted text ("…, inter alia:"), which follows in later paragraphs. */
  introducesQuote: boolean;
}

const opening =
  /^At (?:its|the) (\d{3,5})(?:st|nd|rd|th) meeting(?: \(([^()]{1,40})\))?,?\s+(?:held\s+)?(?:[a-z][a-z ]{0,40}?\s)?on (\d{1,2} [A-Z][a-z]+ \d{4}),?\s*/;
const sameMeeting = /^(?:Also )?at the same meeting,?\s*/i;
const adverbial =
  /^(?:During the meeting|At the outset of the meeting|Following the (?:briefing|briefings|adoption of the resolution|vote|statements?)|After the vote|Before the vote|Subsequently|In accordance with [^,]{1,160}),\s*/i;
const agendaItem = /\bincluded in its agenda the item entitled\s*["“]([^"”]{1,500})["”]/;
const agendaOther = /\bincluded (?:in its agenda\b|the item in its agenda\b)|\b(?:resumed|continued) its consideration of\b/i;
const president = /\bthe President \(([^()]{1,80})\)/i;
const invitation = /\binvited (.{1,1500}?)(?:,? at (?:their|his|her|its) request)?,? (?:under rule 3[79] [^,]{0,120},\s*)?to (?:participate|take part)\b/;
const ruleInvitation = /\bextended an invitation(?: under rule 39 [^,]{0,120}?)? to (.+)$/;
const briefingBy = /\b(?:heard|received) (?:a )?briefings? (?:by|from) (.{1,1500}?)(?:,? (?:following which|after which)\b.*)?$/;
const briefedBy = /\bwas briefed by (.{1,1500}?)(?:,? (?:following which|after which)\b.*)?$/;
const briefed = /\s(?:briefed|also briefed) the (?:Security )?Council\b/;
const statementsBy = /\bstatements were made by (.+)$/i;
const madeStatements = /\s(?:made statements|made a statement|also made a statement|made brief statements)\b(?! on behalf of the (?:Security )?Council)/;
const known =
  /\bdrew the attention of the (?:Security )?Council\b|\bhad before it\b|\binteractive discussion\b|\bminute of silence\b|\bwith the consent of the Council\b/i;

/**
 * Rule 37 of the provisional rules of procedure invites Member States "without the right to
 * vote"; rule 39 invites anyone else the Council wishes to hear (officials, observers).
 */
function invitationRule(invitationText: string): 37 | 39 | undefined {
  if (/\brule 39\b/.test(invitationText)) return 39;
  if (/\brule 37\b|without the right to vote/.test(invitationText)) return 37;
  return undefined;
}

const finalStop = new RegExp(`[.]?(?:${markerRun.source})?$`);

/** The tail of a sentence without its full stop, and the markers that follow the stop. */
function dropStop(m: Mapped): Mapped {
  const stop = finalStop.exec(m.text);
  return trim(slice(m, 0, stop ? stop.index : m.text.length), " .");
}

/** The subject of "X briefed the Council": from the start of the clause up to the verb. */
function subjectBefore(clause: Mapped, verb: RegExpExecArray): Mapped {
  const head = clause.text.slice(0, verb.index);
  let from = 0;
  for (const cut of head.matchAll(/, and |; (?:and )?|, (?:after|following) which /g)) from = cut.index + cut[0].length;
  const subject = trim(slice(clause, from, verb.index), ",");
  const and = /^and\s+/.exec(subject.text);
  return and ? slice(subject, and[0].length) : subject;
}

function listAt(whole: Mapped, text: string, at: number): Mapped {
  return dropStop(slice(whole, at, at + text.length));
}

export function readProceedingSentence(ctx: SourceContext, sentence: Mapped): SentenceFacts {
  const bare = stripMarkers(sentence);
  const facts: SentenceFacts = {
    sameMeeting: false,
    participants: [],
    outcome: readOutcome(bare),
    otherMarkers: [],
    recognised: false,
    introducesQuote: /:$/.test(bare.text),
  };
  let rest = sentence;
  const open = opening.exec(sentence.text);
  if (open) {
    const resumption = /^resumption (\d{1,2})$/i.exec(open[2] ?? "")?.[1];
    facts.opens = { number: Number(open[1]), ...(resumption ? { resumption: Number(resumption) } : {}), date: parseDate(open[3] ?? ""), evidence: slice(sentence, 0, open[0].length) };
    rest = slice(sentence, open[0].length);
  } else {
    const same = sameMeeting.exec(sentence.text);
    if (same) {
      facts.sameMeeting = true;
      rest = slice(sentence, same[0].length);
    }
  }
  const lead = adverbial.exec(rest.text);
  if (lead) rest = slice(rest, lead[0].length);
  const text = rest.text;

  const agenda = agendaItem.exec(text);
  if (agenda?.[1]) facts.agendaTitle = withoutMarkers(agenda[1]).replace(/\s+/g, " ").trim();

  const chair = president.exec(text);
  if (chair?.[1]) {
    const at = chair.index + chair[0].indexOf("(") + 1;
    const name = trim(stripMarkers(slice(rest, at, at + chair[1].length)));
    facts.participants.push({ participant: { name: name.text, role: "president", span: spanOf(ctx, name) }, markers: [] });
  }

  const lists: Array<[RegExpExecArray | null, "invited" | "briefer"]> = [
    [invitation.exec(text), "invited"],
    [ruleInvitation.exec(text), "invited"],
    [briefingBy.exec(text), "briefer"],
    [briefedBy.exec(text), "briefer"],
    [statementsBy.exec(text), "invited"],
  ];
  for (const [match, role] of lists) {
    if (!match?.[1]) continue;
    const list = listAt(rest, match[1], match.index + match[0].indexOf(match[1]));
    const listed = readParticipantList(ctx, list, { mode: "speakers", role });
    const rule = role === "invited" && match[0] !== statementsBy.exec(text)?.[0] ? invitationRule(text.slice(match.index, match.index + match[0].length + 80)) : undefined;
    if (rule) for (const entry of listed) entry.participant.rule = rule;
    facts.participants.push(...listed);
  }
  for (const [verb, role] of [[briefed, "briefer"], [madeStatements, "invited"]] as const) {
    const match = verb.exec(text);
    if (!match) continue;
    const subject = subjectBefore(rest, match);
    if (subject.text.length > 0 && !/^the (?:Security )?Council$/i.test(subject.text)) {
      facts.participants.push(...readParticipantList(ctx, subject, { mode: "speakers", role }));
    }
  }

  facts.participants.sort((a, b) => a.participant.span.start - b.participant.span.start);
  const claimed = new Set(facts.participants.flatMap((p) => p.markers));
  facts.otherMarkers = findMarkers(sentence)
    .map((m) => m.number)
    .filter((n) => !claimed.has(n));
  // The opening alone is no proof the rest of the sentence was understood.
  facts.recognised =
    (open !== null && text.trim().length === 0) ||
    facts.agendaTitle !== undefined ||
    facts.participants.length > 0 ||
    facts.outcome.outcome !== undefined ||
    facts.outcome.mentionsDraft ||
    agendaOther.test(text) ||
    known.test(text);
  return facts;
}
