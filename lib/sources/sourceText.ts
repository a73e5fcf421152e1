// Small helpers for pointing back into a source text: line numbers from character
// offsets, and short excerpts for problem reports. Generic on purpose: every parser in
// lib/sources reports problems the same way.

/** Offsets at which each line starts; line N (1-based) starts at `starts[N - 1]`. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  // \r\n, a lone \r and \n each end a line, as editors count them.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

/** A lookup from character offset to 1-based line, built once per text. */
export function lineIndex(text: string): (offset: number) => number {
  const starts = lineStarts(text);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** The 1-based line of `offset` in `text`; use lineIndex for many lookups. */
export function lineAt(text: string, offset: number): number {
  return lineIndex(text)(offset);
}

/** Collapses whitespace (including no-break spaces) to single spaces and trims. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, " ").trim();
}

/** A one-line excerpt of at most `max` characters, ending in "…" when cut. */
export function excerpt(text: string, max = 160): string {
  const flat = normalizeSpace(text);
  if (flat.length <= max) return flat;
  return `${flat.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}
