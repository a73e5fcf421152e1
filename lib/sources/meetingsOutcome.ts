// Reads the "Security Council Outcome / Vote" cell of the UN library's meeting tables.
// Over 77 years the cell says the same few things in many spellings: a resolution and its
// vote, a presidential statement (S/PRST/… from 1994, "S/25079 (PRST)" before), a
// communiqué of a closed meeting, a draft that was vetoed or not adopted, an election,
// and "--" for nothing. Several outcomes can share the cell, glued by "+", "and" or
// line breaks, so the reader finds where each outcome starts and reads the text up to
// the next one.

import { cellBlocks, type HtmlCell } from "./html";
import type { CellIssue } from "./meetingsCells";
import { findHeads, SYMBOL, VERDICT, type Head } from "./outcomeHeads";

export interface TableVote {
  for: number;
  against: number;
  abstain: number;
}

export interface TableOutcome {
  kind: "resolution" | "presidential-statement" | "communique" | "vetoed-draft" | "draft-not-adopted" | "other";
  /** "S/RES/1459 (2003)", "S/PRST/2003/30", "S/2003/980"; for a communiqué the S/PV symbol it links to. */
  symbol?: string;
  vote?: TableVote;
  /** Raw names as the table gives them, e.g. ["USA"]; a leading "the" is dropped. */
  vetoedByNames: string[];
  /** From "(The Syrian Arab Republic did not participate in the voting.)". */
  notParticipatingNames: string[];
  /** Any remaining text of the outcome, whitespace-normalised. */
  note?: string;
  /** The agenda item this outcome belongs to when a meeting spans several items. */
  topic?: string;
}

const VOTE = /(\d{1,2})\s*-\s*(\d{1,2})\s*-\s*(\d{1,2})/;
const NOT_PARTICIPATING = /\(\s*([^()]*?)\s+did\s+not\s+participate\s+in\s+the\s+vot(?:e|ing)\.?\s*\)/i;
// Words beside an outcome that are known and kept as its note without complaint.
const KNOWN_NOTE = /^(?:adopted\s+unanimously|unanimously|adopted\s+by\s+consensus|without\s+(?:a\s+)?vote|by\s+acclamation|\(\d+\s+absent\)|unnumbered|and\s+Corr\.\d+|Corr\.\d+)$/i;
const CONNECTORS = /^(?:\s|\+|&|,|;|\band\b)+|(?:\s|\+|&|,|;|\band\b)+$/gi;

function tidy(text: string): string {
  return text.replace(/\(\s*\)/g, " ").replace(/\s+/g, " ").replace(CONNECTORS, "").trim();
}

function names(text: string): string[] {
  return text
    .split(/\s*(?:,|&|\band\b)\s*/i)
    .map((name) => name.trim().replace(/^the\s+/i, "").replace(/[.\s]+$/, ""))
    .filter((name) => name !== "");
}

interface Tail {
  vote?: TableVote;
  notParticipatingNames: string[];
  note: string;
}

/** Reads what follows an outcome's symbol: its vote, who did not take part, other words. */
function readTail(text: string): Tail {
  let rest = text;
  const tail: Tail = { notParticipatingNames: [], note: "" };
  const absent = NOT_PARTICIPATING.exec(rest);
  if (absent) {
    tail.notParticipatingNames = names(absent[1] ?? "");
    rest = rest.replace(absent[0], " ");
  }
  const vote = VOTE.exec(rest);
  if (vote) {
    tail.vote = { for: Number(vote[1]), against: Number(vote[2]), abstain: Number(vote[3]) };
    rest = rest.replace(vote[0], " ");
  }
  tail.note = tidy(rest);
  return tail;
}

function symbolOf(text: string): string | undefined {
  return new RegExp(SYMBOL, "i").exec(text)?.[0];
}

/** "S/RES/37(1947)" and "S/RES/37 ( 1947 )" become "S/RES/37 (1947)". */
function resolutionSymbol(text: string): string {
  return text.replace(/\s*\(\s*(\d{4})\s*\)/, " ($1)").replace(/\s+/g, " ");
}

export interface OutcomeReading {
  outcomes: TableOutcome[];
  issues: CellIssue[];
}

/**
 * Reads the outcomes in one block of an outcome cell. `communiques` lists the S/PV
 * symbols that the cell's "Communiqué" links point to, in order; it is consumed.
 */
export function parseOutcomeText(text: string, year: number, communiques: string[] = []): OutcomeReading {
  const flat = text.replace(/\s+/g, " ").trim();
  const outcomes: TableOutcome[] = [];
  const issues: CellIssue[] = [];
  const members = year < 1966 ? 11 : 15; // the Council grew from 11 to 15 members in 1966
  const heads = findHeads(flat);
  const prefix = tidy(flat.slice(0, heads[0]?.start ?? flat.length));
  if (prefix !== "" && !/^(?:--|\u2014|-)$/.test(prefix)) {
    const tail = readTail(prefix);
    outcomes.push(inOrder({
      kind: "other",
      ...(tail.vote ? { vote: tail.vote } : {}),
      vetoedByNames: [],
      notParticipatingNames: tail.notParticipatingNames,
      ...(tail.note !== "" ? { note: tail.note } : {}),
    }));
    issues.push(
      tail.vote && tail.note === ""
        ? { code: "outcome-without-symbol", message: `parseOutcomeText: a vote with no document in "${flat}"` }
        : { code: "unknown-outcome", message: `parseOutcomeText: cannot read "${prefix}" in "${flat}"` },
    );
  }
  heads.forEach((head, i) => {
    const segment = flat.slice(head.start, heads[i + 1]?.start ?? flat.length);
    const outcome = readSegment(head, segment.slice(head.text.length), communiques, issues, flat);
    const vote = outcome.vote;
    if (vote && vote.for + vote.against + vote.abstain > members) {
      issues.push({ code: "bad-vote", message: `parseOutcomeText: vote ${vote.for}-${vote.against}-${vote.abstain} exceeds ${members} members in "${flat}"` });
    }
    outcomes.push(outcome);
  });
  return { outcomes, issues };
}

function readSegment(head: Head, after: string, communiques: string[], issues: CellIssue[], flat: string): TableOutcome {
  const outcome: TableOutcome = { kind: "other", vetoedByNames: [], notParticipatingNames: [] };
  let notes: string[] = [];
  let tailText = after;
  switch (head.kind) {
    case "resolution":
      outcome.kind = "resolution";
      outcome.symbol = resolutionSymbol(head.text);
      break;
    case "prst":
      outcome.kind = "presidential-statement";
      outcome.symbol = head.text;
      break;
    case "oldPrst":
      outcome.kind = "presidential-statement";
      outcome.symbol = symbolOf(head.text);
      break;
    case "prstWord":
      outcome.kind = "presidential-statement";
      notes = head.text.replace(/^PRST\s*/i, "") === "" ? [] : ["unnumbered"];
      break;
    case "communique": {
      outcome.kind = "communique";
      const symbol = communiques.shift();
      if (symbol !== undefined) outcome.symbol = symbol;
      break;
    }
    case "draft":
    case "bareDraft": {
      const verdict = VERDICT.exec(after);
      const body = head.kind === "draft" ? after.slice(0, verdict?.index ?? after.length) : head.text;
      const symbol = symbolOf(body);
      if (symbol !== undefined) outcome.symbol = symbol;
      if (head.kind === "draft") notes = [tidy(body.replace(symbol ?? "", " "))];
      if (!verdict) {
        issues.push({ code: "unknown-outcome", message: `parseOutcomeText: draft without "vetoed" or "not adopted" in "${flat}"` });
        tailText = "";
        notes.push(tidy(after.replace(symbol ?? "", " ")));
        break;
      }
      tailText = after.slice((verdict.index ?? 0) + verdict[0].length);
      if (/vetoed/i.test(verdict[0])) {
        outcome.kind = "vetoed-draft";
        const vote = VOTE.exec(tailText);
        const stop = Math.min(vote?.index ?? tailText.length, tailText.search(/\(|$/));
        outcome.vetoedByNames = names(tailText.slice(0, stop));
        tailText = tailText.slice(stop);
        if (outcome.vetoedByNames.length === 0) {
          issues.push({ code: "unknown-vetoer", message: `parseOutcomeText: no vetoing member named in "${flat}"` });
        }
      } else outcome.kind = "draft-not-adopted";
      break;
    }
    case "document":
      outcome.symbol = symbolOf(head.text);
      notes = [head.text.replace(/\s*\(?\s*S\/.*$/, "")];
      break;
    case "phrase":
      notes = [head.text];
      break;
    case "symbol":
      outcome.symbol = head.text;
      issues.push({ code: "unknown-outcome", message: `parseOutcomeText: a bare symbol ${head.text} with no action in "${flat}"` });
      break;
  }
  const tail = readTail(tailText);
  if (tail.vote) outcome.vote = tail.vote;
  outcome.notParticipatingNames = tail.notParticipatingNames;
  if (tail.note !== "" && head.kind !== "phrase" && !KNOWN_NOTE.test(tail.note)) {
    issues.push({ code: "unknown-outcome-text", message: `parseOutcomeText: unexpected "${tail.note}" after ${head.text} in "${flat}"` });
  }
  const note = [...notes, tail.note].filter((part) => part !== "").join(" ").trim();
  if (note !== "") outcome.note = head.kind === "phrase" ? `${head.text}${tailText}`.replace(/\s+/g, " ").trim() : note;
  return inOrder(outcome);
}

/** The same outcome with its keys in a fixed, readable order: the ingest writes it as JSON. */
function inOrder(outcome: TableOutcome): TableOutcome {
  const { kind, symbol, vote, vetoedByNames, notParticipatingNames, note, topic } = outcome;
  return {
    kind,
    ...(symbol !== undefined ? { symbol } : {}),
    ...(vote !== undefined ? { vote } : {}),
    vetoedByNames,
    notParticipatingNames,
    ...(note !== undefined ? { note } : {}),
    ...(topic !== undefined ? { topic } : {}),
  };
}

/** The document symbol a link points to: ".../en/S/PV.4884" gives "S/PV.4884". */
export function symbolFromHref(href: string): string | undefined {
  let decoded = href;
  try {
    decoded = decodeURIComponent(href);
  } catch {
    // A malformed escape stays as written; the symbol is still readable.
  }
  return /(S\/[^?#]*?)\s*$/.exec(decoded.trim())?.[1];
}

export interface OutcomeCellReading extends OutcomeReading {
  /** For each outcome, the index of the cell block (blank-line separated) it came from. */
  blockOf: number[];
  /** How many blocks the cell has, counting an empty leading one. */
  blockCount: number;
}

/** Reads a whole outcome cell, block by block, so outcomes can be lined up with agenda items. */
export function parseOutcomeCell(cell: Pick<HtmlCell, "parts" | "links">, year: number): OutcomeCellReading {
  const communiques = cell.links
    .filter((link) => /communiqu/i.test(link.text))
    .map((link) => symbolFromHref(link.href))
    .filter((symbol): symbol is string => symbol !== undefined);
  const blocks = cellBlocks(cell.parts, { spaceLinks: true });
  const reading: OutcomeCellReading = { outcomes: [], issues: [], blockOf: [], blockCount: blocks.length };
  blocks.forEach((lines, block) => {
    const { outcomes, issues } = parseOutcomeText(lines.join(" "), year, communiques);
    reading.outcomes.push(...outcomes);
    reading.issues.push(...issues);
    reading.blockOf.push(...outcomes.map(() => block));
  });
  return reading;
}
