import { readParticipantList, type ListedParticipant } from "./repertoireList";
import { stripMarkers } from "./repertoireMarkers";
import { splitOffice } from "./repertoireNames";
import { splitSentences } from "./repertoireSentences";
import { report, slice, spanOf, trim, type Mapped, type SourceContext } from "./repertoireText";
import type { RepertoireParticipant } from "./repertoireTypes";

// What a footnote adds to the sentence its marker sits in. The Repertoire uses footnotes
// for facts that would clutter the running text:
//   "¹ S/2003/54."                                         the symbol of the draft
//   "² The representative of Mexico did not make a statement."
//   "³ Bulgaria, Cyprus, … and Slovenia aligned themselves with the statement."
//   "⁴ Mexico was represented by its Minister for Foreign Affairs; the European Union by
//      the Deputy Minister for Foreign Relations of Greece; … Also present were …"
//   "¹ For more information on the discussion …, see chap. XII …"  (a cross-reference)

export interface FootnoteFacts {
  number: number;
  /** Document symbols the footnote consists of: a draft, a letter, a statement. */
  symbols: string[];
  /** Participants; aligned ones get `onBehalfOf` from the footnote's anchor later. */
  participants: ListedParticipant[];
  /** "Submitted by Kenya and Uganda." */
  sponsorNames: string[];
  /** "The Syrian Arab Republic did not participate in the voting." */
  notParticipatingNames: string[];
  /** "The representative of the Union of Soviet Socialist Republics was absent." */
  absentNames: string[];
}

const symbolPattern = /^[AS]\/(?:[A-Z0-9.-]+\/)*[A-Z0-9.-]+(?: \(\d{4}\))?$/i;

function symbolsOnly(text: string): string[] | null {
  const parts = text
    .replace(/\.$/, "")
    .split(/,\s*(?:and\s+)?|\s+and\s+/)
    .map((p) => p.trim());
  return parts.length > 0 && parts.every((p) => symbolPattern.test(p)) ? parts : null;
}

type Reader = (ctx: SourceContext, sentence: Mapped, facts: FootnoteFacts) => boolean;

const readSymbols: Reader = (_ctx, sentence, facts) => {
  const symbols = symbolsOnly(sentence.text);
  if (!symbols) return false;
  facts.symbols.push(...symbols);
  return true;
};

const readAligned: Reader = (ctx, sentence, facts) => {
  const before = /^(.+?) aligned (?:themselves|itself) with (?:the|this|that) statement\.?$/i.exec(sentence.text);
  const after = /^.*?aligned (?:themselves|itself) with (?:the|this|that) statement:\s*(.+?)\.?$/i.exec(sentence.text);
  const list = before ?? after;
  if (!list?.[1]) return false;
  const at = before ? 0 : sentence.text.length - list[1].length - (sentence.text.endsWith(".") ? 1 : 0);
  const names = slice(sentence, at, at + list[1].length);
  const listed = readParticipantList(ctx, names, { mode: "names", role: "aligned" });
  for (const entry of listed) entry.participant.footnote = facts.number;
  facts.participants.push(...listed);
  return true;
};

/** Names in `match[1]` become non-speaking participants with `note`, tied to this footnote. */
function pushNonSpeaking(ctx: Parameters<Reader>[0], sentence: Parameters<Reader>[1], facts: Parameters<Reader>[2], match: RegExpExecArray, from: number, note: string): true {
  const at = match[0].indexOf(match[1]!, from);
  const listed = readParticipantList(ctx, slice(sentence, at, at + match[1]!.length), { mode: "names", role: "non-speaking", note });
  for (const entry of listed) entry.participant.footnote = facts.number;
  facts.participants.push(...listed);
  return true;
}

const readSilent: Reader = (ctx, sentence, facts) => {
  const match = /^(?:The representatives? of )?(.+?) did not (?:make|deliver) (?:a |any )?statements?\.?$/i.exec(sentence.text);
  return match?.[1] ? pushNonSpeaking(ctx, sentence, facts, match, 0, "did not make a statement") : false;
};

const readPresent: Reader = (ctx, sentence, facts) => {
  const first = /^Also present (?:were|was)\s+(.+?)\.?$/i.exec(sentence.text);
  const last = /^(.+?) (?:was|were) also present\.?$/i.exec(sentence.text);
  const match = first ?? last;
  return match?.[1] ? pushNonSpeaking(ctx, sentence, facts, match, first ? 12 : 0, "also present") : false;
};

/** "X was represented by its Minister …; Y by the Deputy Minister … of Greece; and Z by …". */
const readRepresented: Reader = (ctx, sentence, facts) => {
  if (!/\b(?:was|were) represented by\b/i.test(sentence.text)) return false;
  const clauses = splitClauses(trim(sentence, "."));
  let understood = true;
  for (const [i, clause] of clauses.entries()) {
    const pattern = i === 0 ? /^(.+?) (?:was|were) represented by (its|his|her|their|the|a|an) (.+)$/i : /^(?:and )?(.+?) by (its|his|her|their|the|a|an) (.+)$/i;
    const match = pattern.exec(clause.text);
    if (!match?.[1] || !match[3]) {
      report(ctx, clause, "unparsed-footnote-sentence", `footnote ${facts.number}: a "represented by" clause this parser cannot read`);
      understood = false;
      continue;
    }
    const represented = match[1];
    const [officeText, personText] = splitPerson(match[3]);
    const office = splitOffice(officeText);
    const own = /^(?:its|his|her|their)$/i.test(match[2] ?? "");
    const capacityOf = office.of ?? (own ? represented : undefined);
    const participant: RepertoireParticipant = {
      name: capacityOf ?? represented,
      role: "represented-by",
      onBehalfOf: represented,
      capacity: office.capacity,
      ...(capacityOf ? { capacityOf } : {}),
      ...(personText ? { person: personText } : {}),
      footnote: facts.number,
      span: spanOf(ctx, clause),
    };
    facts.participants.push({ participant, markers: [] });
  }
  return understood || clauses.length > 1;
};

function splitClauses(sentence: Mapped): Mapped[] {
  const clauses: Mapped[] = [];
  let from = 0;
  for (const match of sentence.text.matchAll(/;\s*/g)) {
    clauses.push(trim(slice(sentence, from, match.index)));
    from = match.index + match[0].length;
  }
  clauses.push(trim(slice(sentence, from)));
  return clauses.filter((c) => c.text.length > 0);
}

/** "Minister for Foreign Affairs, Mr. Luis Ernesto Derbez" -> the office and the person. */
function splitPerson(text: string): [string, string | undefined] {
  const match = /,\s*((?:Mr|Mrs|Ms|Sir|Dr)\.?\s+.+)$/.exec(text);
  return match ? [text.slice(0, match.index).trim(), match[1]] : [text.trim(), undefined];
}

const readCrossReference: Reader = (_ctx, sentence) =>
  /^(?:For |See |Cf\. |In this connection|Ibid|Also issued|Previously issued)/i.test(sentence.text) || /\bsee chap\./i.test(sentence.text);

const symbolsIn = (text: string) => [...text.matchAll(/\bS\/\d{4}\/\d{1,4}(?:\/Rev\.\d)?/g)].map((m) => m[0]);

/** Names of a list inside `sentence` at `match[1]`, as the text writes them ("the Syrian Arab Republic"). */
function namesAt(ctx: SourceContext, sentence: Mapped, match: RegExpExecArray): string[] {
  const at = match.index + match[0].indexOf(match[1]!);
  const list = slice(sentence, at, at + match[1]!.length);
  // "The Syrian Arab Republic did not …": the capital is the sentence's, not the name's.
  return readParticipantList(ctx, list, { mode: "names", role: "non-speaking" }).map((entry) => entry.participant.name.replace(/^The /, "the "));
}

/** "Submitted by France, Germany and Spain (S/2003/123)." */
const readSponsors: Reader = (ctx, sentence, facts) => {
  const match = /^(?:Submitted|Sponsored|Co-sponsored) by (.+?)(?:\s*\(S\/[^()]+\))?\.?$/i.exec(sentence.text);
  if (!match?.[1]) return false;
  facts.symbols.push(...symbolsIn(sentence.text));
  facts.sponsorNames.push(...namesAt(ctx, sentence, match));
  return true;
};

/** "The Syrian Arab Republic did not participate in the voting." / "… was absent." */
const readVoting: Reader = (ctx, sentence, facts) => {
  const notVoting = /^(?:The representatives? of )?(.+?) did not participate in the vot(?:e|ing)\.?$/i.exec(sentence.text);
  if (notVoting?.[1]) {
    facts.notParticipatingNames.push(...namesAt(ctx, sentence, notVoting));
    return true;
  }
  const absent = /^(?:The representatives? of )?(.+?) (?:was|were) absent(?: (?:from the meeting|when the vote was taken))?\.?$/i.exec(sentence.text);
  if (absent?.[1]) {
    facts.absentNames.push(...namesAt(ctx, sentence, absent));
    return true;
  }
  return false;
};

/**
 * Footnotes that describe a draft or a document rather than a person: "Prepared in the
 * course of the Council's prior consultations", "Report of the Secretary-General on …
 * (S/2003/1010)". Their symbols are kept; nobody in them is a participant.
 */
const readDocumentNote: Reader = (_ctx, sentence, facts) => {
  const draftNote = /\bprepared in the course of the Council'?s prior consultations\b/i.test(sentence.text);
  const document = /^(?:(?:The|A|An) )?(?:(?:Special |Interim |Progress |Final |Annual |Second |Third |Fourth )?report|letter|identical letters|note|draft resolution|statement|communication)s?\b/i.test(sentence.text);
  if (!draftNote && !document) return false;
  facts.symbols.push(...symbolsIn(sentence.text));
  return true;
};

const readers: Reader[] = [readSymbols, readAligned, readSilent, readPresent, readRepresented, readSponsors, readVoting, readDocumentNote, readCrossReference];

export function readFootnote(ctx: SourceContext, number: number, body: Mapped): FootnoteFacts {
  const facts: FootnoteFacts = { number, symbols: [], participants: [], sponsorNames: [], notParticipatingNames: [], absentNames: [] };
  for (const sentence of splitSentences(stripMarkers(body))) {
    if (readers.some((read) => read(ctx, sentence, facts))) continue;
    report(ctx, sentence, "unparsed-footnote-sentence", `footnote ${number}: a sentence the parser does not understand`);
  }
  return facts;
}
