import { looksLikeMeetingHeading, parseItemHeading, parseSectionHeading } from "./repertoireHeadings";
import { isSuperscript, leadingMarker, withoutMarkers } from "./repertoireMarkers";
import { isBlank, joinMapped, mapLines, type Mapped, type SourceLine } from "./repertoireText";

// The Repertoire text comes as paragraphs separated by blank lines, but a blank line is
// also where the printed page broke: a sentence, a name ("Organization of" / "American
// States") or a footnote ("… Slovakia and" / "Slovenia aligned …") can continue after
// it, and body text can continue after the footnotes printed at the foot of the page.
// This module turns lines into paragraphs ("blocks") and repairs those joins.

export type BlockKind = "item-heading" | "section-heading" | "meeting-heading" | "footnote" | "text";

export interface Block {
  kind: BlockKind;
  /** Normalised text, markers kept, mapped to original offsets. */
  text: Mapped;
  /** Whether a paragraph-final punctuation mark ends the block. */
  terminated: boolean;
}

/** Words after which an English sentence cannot end: a page break, not a paragraph end. */
const connectors = new Set(
  (
    "and or nor but of the a an by to in on for with at from as that which who whose its their his her " +
    "under between into upon than was were is are be been had has have this these those also both"
  ).split(" "),
);

export function isTerminated(text: string): boolean {
  const bare = withoutMarkers(text).replace(/[”"’)\]]+$/, "");
  return /[.:;!?]$/.test(bare);
}

function classify(text: Mapped): BlockKind {
  if (leadingMarker(text)) return "footnote";
  const bare = withoutMarkers(text.text);
  if (parseItemHeading(bare)) return "item-heading";
  if (looksLikeMeetingHeading(bare)) return "meeting-heading";
  if (parseSectionHeading(bare)) return "section-heading";
  return "text";
}

/** Consecutive non-blank lines; a line opening with a superscript number starts a footnote. */
function lineGroups(lines: readonly SourceLine[]): SourceLine[][] {
  const groups: SourceLine[][] = [];
  let current: SourceLine[] = [];
  for (const line of lines) {
    if (isBlank(line.text)) {
      if (current.length > 0) groups.push(current);
      current = [];
      continue;
    }
    if (current.length > 0 && isSuperscript(line.text.trimStart()[0])) {
      groups.push(current);
      current = [];
    }
    current.push(line);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

export function endsInConnector(text: string): boolean {
  if (/[,\-–(]$/.test(text)) return true;
  const last = /([A-Za-z]+)$/.exec(text)?.[1];
  return last !== undefined && connectors.has(last.toLowerCase());
}

function startsLowercase(text: string): boolean {
  return /^[a-z(]/.test(text);
}

/**
 * Whether `next` continues `block` across a page break. Past footnotes only a strong
 * sign counts (a dangling connector, a lowercase start); right after, a long unfinished
 * paragraph also counts, because headings are short.
 */
function continues(block: Block, next: Block, pastFootnotes: boolean): boolean {
  if (block.terminated || next.kind !== "text") return false;
  if (block.kind !== "text" && block.kind !== "footnote") return false;
  const strong = endsInConnector(block.text.text) || startsLowercase(next.text.text);
  if (pastFootnotes) return strong;
  return strong || block.text.text.length >= 80;
}

function makeBlock(text: Mapped): Block {
  return { kind: classify(text), text, terminated: isTerminated(text.text) };
}

export function readBlocks(lines: readonly SourceLine[]): Block[] {
  const blocks = lineGroups(lines).map((group) => makeBlock(mapLines(group)));
  const consumed = new Set<number>();
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    let block = blocks[i];
    if (!block || consumed.has(i)) continue;
    let last = i;
    for (;;) {
      let j = last + 1;
      let pastFootnotes = false;
      // Body text may resume after the footnotes printed at the foot of the page.
      if (block.kind === "text") {
        while (blocks[j]?.kind === "footnote" || consumed.has(j)) {
          pastFootnotes ||= blocks[j]?.kind === "footnote";
          j++;
        }
      }
      const next = blocks[j];
      if (!next || consumed.has(j) || !continues(block, next, pastFootnotes)) break;
      const text = joinMapped(block.text, next.text);
      block = { kind: block.kind, text, terminated: isTerminated(text.text) };
      consumed.add(j);
      last = j;
    }
    out.push(block);
  }
  return out;
}
