import { splitList } from "./repertoireList";
import type { RepertoireOutcome, RepertoireOutcomeKind } from "./repertoireTypes";
import { slice, trim, type Mapped } from "./repertoireText";

// How the Repertoire reports what a meeting decided:
//   "… drew the attention of the Council to a draft resolution;¹ it was put to the vote and
//    adopted unanimously as resolution 1459 (2003) …"
//   "… adopted by 14 votes to none, with 1 abstention (Syrian Arab Republic), as resolution …"
//   "… received 10 votes in favour, 1 against (United States) and 4 abstentions, and was not
//    adopted owing to the negative vote of a permanent member."
//   "… the President made a statement on behalf of the Council (S/PRST/2003/30) …"
//   "… made a statement on behalf of the Council (S/23500) …" (before 1994)

/** An outcome before the meeting's draft footnotes are attached. */
export type SentenceOutcome = Omit<RepertoireOutcome, "draftSymbols" | "span"> & { evidence: Mapped };

export interface OutcomeFacts {
  outcome?: SentenceOutcome;
  /** The sentence presents a draft: its footnote markers point at the draft's symbol. */
  mentionsDraft: boolean;
  /** Draft symbols written in the sentence itself, "(S/2003/891)". */
  draftSymbols: string[];
  /** "a draft resolution submitted by Kenya and Uganda". */
  sponsorNames: string[];
  /** "…, the Syrian Arab Republic not having participated in the voting". */
  notParticipatingNames: string[];
}

const countWords: Record<string, number> = {
  none: 0,
  no: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
};
const count = "(\\d{1,2}|none|no|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)";

export function parseCount(word: string | undefined): number {
  if (word === undefined) return 0;
  return /^\d+$/.test(word) ? Number(word) : (countWords[word.toLowerCase()] ?? 0);
}

function names(list: Mapped, text: string | undefined, at: number): string[] {
  if (text === undefined) return [];
  return splitList(slice(list, at, at + text.length)).map((p) => trim(p, ",;.").text.replace(/^and\s+/, ""));
}

const resolutionSymbol = /\bas resolution (\d{1,4}) \((\d{4})\)/;
const adoptedBy = new RegExp(`adopted by ${count} votes? to ${count}(?: \\(([^()]{1,300})\\))?(?:,? with ${count} abstentions?(?: \\(([^()]{1,300})\\))?)?`, "i");
const inFavour = new RegExp(`${count} votes? in favour`, "i");
const against = new RegExp(`${count} (?:votes? )?against(?: \\(([^()]{1,300})\\))?`, "i");
const abstentions = new RegExp(`${count} abstentions?(?: \\(([^()]{1,300})\\))?`, "i");
const prst = /\bmade (?:a|the following) statement on behalf of the (?:Security )?Council/i;
const prstSymbol = /\bS\/PRST\/\d{4}\/\d{1,3}\b/;
// Before 1994 a statement was issued as an ordinary document: "… on behalf of the Council (S/23500) …".
const documentSymbolAfterStatement = /^\s*\((S\/\d{4,6})\)/;
const draftMention = /\b(?:a|the|two|three|one|another|a revised) (?:revised )?draft resolutions?\b/i;
const draftSymbol = /\bS\/\d{4}\/\d{1,4}(?:\/Rev\.\d)?\b/g;
// The sponsors run from "submitted by" to the draft's symbol, its footnote or the clause's end.
const submittedBy = /\bdrafts? resolutions? (?:\([^()]{1,40}\) )?(?:submitted|sponsored) by ((?:[^;:()]|\((?:Islamic Republic|Bolivarian Republic|Federated States|Plurinational State) of\))+?)(?=\s*\(S\/|\s*[;:]|,? (?:it|which) was\b|,? and (?:it )?was\b|$)/i;
const notVoting = /,?\s*(?:(?:one|two|three|\d) members? \(([^()]{1,200})\)|([A-Z][^,;()]{1,120}?)) not having participated in the voting/;

/** Reads one sentence (markers stripped). */
export function readOutcome(sentence: Mapped): OutcomeFacts {
  const text = sentence.text;
  const facts: OutcomeFacts = { mentionsDraft: draftMention.test(text), draftSymbols: [], sponsorNames: [], notParticipatingNames: [] };
  if (facts.mentionsDraft) facts.draftSymbols = [...text.matchAll(draftSymbol)].map((m) => m[0]);
  const sponsors = submittedBy.exec(text);
  if (sponsors?.[1]) facts.sponsorNames = names(sentence, sponsors[1], sponsors.index + sponsors[0].lastIndexOf(sponsors[1]));
  const absentFromVote = notVoting.exec(text);
  const notVotingNames = absentFromVote?.[1] ?? absentFromVote?.[2];
  if (absentFromVote && notVotingNames) facts.notParticipatingNames = names(sentence, notVotingNames, absentFromVote.index + absentFromVote[0].indexOf(notVotingNames));

  const resolution = resolutionSymbol.exec(text);
  if (resolution && /\badopted\b/i.test(text)) {
    const outcome: SentenceOutcome = {
      kind: "resolution",
      symbol: `S/RES/${resolution[1]} (${resolution[2]})`,
      evidence: clause(sentence, /\b(?:it was put to the vote|was put to the vote|adopted)\b/i, resolution),
    };
    const by = adoptedBy.exec(text);
    if (/\badopted unanimously\b/i.test(text)) outcome.adoptedUnanimously = true;
    if (by) {
      outcome.vote = { for: parseCount(by[1]), against: parseCount(by[2]), abstain: parseCount(by[4]) };
      const againstNames = names(sentence, by[3], by.index + by[0].indexOf(`(${by[3]})`) + 1);
      const abstainNames = names(sentence, by[5], by.index + by[0].lastIndexOf(`(${by[5]})`) + 1);
      if (againstNames.length > 0) outcome.againstNames = againstNames;
      if (abstainNames.length > 0) outcome.abstainNames = abstainNames;
    }
    facts.outcome = outcome;
    return facts;
  }

  const notAdopted = /\bwas not adopted\b/i.exec(text);
  const received = /\breceived\b/i.exec(text);
  if (notAdopted && received) {
    const kind: RepertoireOutcomeKind = /negative vote of (?:a )?permanent member/i.test(text) ? "vetoed-draft" : "draft-not-adopted";
    const tail = text.slice(received.index);
    const yes = inFavour.exec(tail);
    const no = against.exec(tail);
    const abstain = abstentions.exec(tail);
    const outcome: SentenceOutcome = { kind, evidence: clause(sentence, /\b(?:it was put to the vote|received)\b/i, notAdopted) };
    if (yes) {
      outcome.vote = { for: parseCount(yes[1]), against: parseCount(no?.[1]), abstain: parseCount(abstain?.[1]) };
      const base = received.index;
      const againstNames = no ? names(sentence, no[2], base + no.index + no[0].indexOf("(") + 1) : [];
      const abstainNames = abstain ? names(sentence, abstain[2], base + abstain.index + abstain[0].indexOf("(") + 1) : [];
      if (againstNames.length > 0) outcome.againstNames = againstNames;
      if (abstainNames.length > 0) outcome.abstainNames = abstainNames;
    }
    facts.outcome = outcome;
    return facts;
  }

  const statement = prst.exec(text);
  if (statement) {
    const symbol = prstSymbol.exec(text)?.[0] ?? documentSymbolAfterStatement.exec(text.slice(statement.index + statement[0].length))?.[1];
    facts.outcome = {
      kind: "presidential-statement",
      ...(symbol ? { symbol } : {}),
      evidence: trim(slice(sentence, statement.index), ".,;:"),
    };
  }
  return facts;
}

/** The stretch of the sentence from where the decision is reported to the end of `last`. */
function clause(sentence: Mapped, start: RegExp, last: RegExpExecArray): Mapped {
  const from = start.exec(sentence.text)?.index ?? last.index;
  return slice(sentence, Math.min(from, last.index), last.index + last[0].length);
}

/**
 * Every decision a heading names: "resolutions 1504 (2003) and 1505 (2003)",
 * "resolution 1488 (2003) and statement by the President". Null when any part is unknown.
 */
export function outcomesFromHeading(decided: string): Array<{ kind: RepertoireOutcomeKind; symbol?: string }> | null {
  const plural = /^resolutions ((?:\d{1,4} \(\d{4}\)(?:,? and |, )?)+)$/.exec(decided);
  if (plural?.[1]) return [...plural[1].matchAll(/(\d{1,4}) \((\d{4})\)/g)].map((m) => ({ kind: "resolution" as const, symbol: `S/RES/${m[1]} (${m[2]})` }));
  const parts = decided.split(/,? and (?=resolution|statement|rejection)|, (?=resolution|statement|rejection)/);
  const outcomes = parts.map((part) => outcomeFromHeading(part.trim()));
  return outcomes.every((o) => o !== null) ? (outcomes as Array<{ kind: RepertoireOutcomeKind; symbol?: string }>) : null;
}

/** What a decision heading says was decided: "resolution 1459 (2003)", "statement by the President". */
export function outcomeFromHeading(decided: string): { kind: RepertoireOutcomeKind; symbol?: string } | null {
  const resolution = /^resolutions? (\d{1,4}) \((\d{4})\)$/.exec(decided);
  if (resolution) return { kind: "resolution", symbol: `S/RES/${resolution[1]} (${resolution[2]})` };
  if (/^statement by the President\b/i.test(decided)) {
    const symbol = prstSymbol.exec(decided);
    return { kind: "presidential-statement", ...(symbol ? { symbol: symbol[0] } : {}) };
  }
  if (/draft resolution/i.test(decided) && /reject|not adopted|failed/i.test(decided)) return { kind: "draft-not-adopted" };
  return null;
}
