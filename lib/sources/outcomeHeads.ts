// Where each outcome starts in the text of an "Outcome / Vote" cell. The cell strings
// outcomes together ("S/RES/1956 (2010) 15-0-0 + S/PRST/2010/27"), so the reader first
// finds the words that open one — a symbol, "Draft resolution", "Communiqué", "Election
// of" — and then reads each stretch up to the next.

export type HeadKind = "draft" | "resolution" | "prst" | "oldPrst" | "prstWord" | "communique" | "bareDraft" | "document" | "phrase" | "symbol";

export const SYMBOL = String.raw`S\/(?:PV\.)?(?:\d{4}\/)?\d+(?:\/(?:Rev|Corr|Add)\.\d+)*`;
const HEAD_PATTERNS: Array<[HeadKind, string]> = [
  // The plural only before a space: the flag "i" would read "resolutionS/2003/980" as "resolutions".
  ["draft", String.raw`(?:Power\s+Four\s+)?Draft\s+resolution(?:s(?=\s))?`],
  ["resolution", String.raw`S\/RES\/\d+\s*\(\s*\d{4}\s*\)`],
  ["prst", String.raw`S\/PRST\/\d{4}\/\d+`],
  // Before 1994 a presidential statement was issued as an ordinary S/ document.
  ["oldPrst", String.raw`S\/(?:PV\.)?\d+(?:\/Rev\.\d+)?\s*\(\s*PRST\s*\)`],
  ["prstWord", String.raw`\bPRST\b(?:\s+unnumbered)?`],
  ["communique", String.raw`Communiqu[eé]`],
  // The 2016-2020 style names the draft first: "S/2020/654 vetoed by China, …".
  ["bareDraft", String.raw`\(?${SYMBOL}\)?(?=\s*(?:was\s+)?(?:not\s+adopted|vetoed\b))`],
  ["document", String.raw`\b(?:Note|Letter)\b\s*\(?\s*${SYMBOL}\s*\)?`],
  ["phrase", String.raw`\bElection\s+of\b|\bDecision\b|\bReferral\s+to\b`],
  ["symbol", SYMBOL],
];
const HEADS = new RegExp(HEAD_PATTERNS.map(([kind, source]) => `(?<${kind}>${source})`).join("|"), "gi");
export const VERDICT = /(?:was\s+)?not\s+adopted|vetoed\s+by/i;

export interface Head {
  kind: HeadKind;
  start: number;
  end: number;
  text: string;
}

/** The starts of the outcomes in `text`, in order. */
export function findHeads(text: string): Head[] {
  const heads: Head[] = [];
  for (const match of text.matchAll(HEADS)) {
    const kind = HEAD_PATTERNS.find(([name]) => match.groups?.[name] !== undefined)?.[0];
    if (kind) heads.push({ kind, start: match.index ?? 0, end: (match.index ?? 0) + match[0].length, text: match[0] });
  }
  // A draft owns everything up to its verdict: "Draft resolution S/552, S/202 (preliminary
  // question) vetoed by USSR" is one outcome, not three.
  const kept: Head[] = [];
  for (let i = 0; i < heads.length; i++) {
    const head = heads[i];
    if (!head) continue;
    kept.push(head);
    if (head.kind !== "draft") continue;
    const nextDraft = heads.slice(i + 1).find((other) => other.kind === "draft")?.start ?? text.length;
    const verdict = VERDICT.exec(text.slice(head.end, nextDraft));
    if (!verdict) {
      // Without a verdict the draft still owns the symbols that follow it.
      while (heads[i + 1]?.kind === "symbol") i++;
      continue;
    }
    const verdictStart = head.end + (verdict.index ?? 0);
    while ((heads[i + 1]?.start ?? Infinity) < verdictStart) i++;
  }
  return kept;
}
