import { slice, type Mapped } from "./repertoireText";

// The Repertoire marks footnotes with superscript digits glued to the word or
// punctuation they annotate ("a draft resolution;¹", "(ECOWAS).⁴"), and starts each
// footnote body with the same superscript number at the beginning of a line.

const superscriptDigits: Record<string, number> = {
  "⁰": 0,
  "¹": 1,
  "²": 2,
  "³": 3,
  "⁴": 4,
  "⁵": 5,
  "⁶": 6,
  "⁷": 7,
  "⁸": 8,
  "⁹": 9,
};

export const superscriptClass = "⁰¹²³⁴⁵⁶⁷⁸⁹";
export const markerRun = new RegExp(`[${superscriptClass}]+`, "g");
const anyMarker = new RegExp(`[${superscriptClass}]`);
const leadingRun = new RegExp(`^[${superscriptClass}]+`);

export function isSuperscript(c: string | undefined): boolean {
  return c !== undefined && c.length === 1 && superscriptClass.includes(c);
}

export function superscriptValue(run: string): number {
  let value = 0;
  for (const c of run) value = value * 10 + (superscriptDigits[c] ?? 0);
  return value;
}

/** A marker as found in running text: its number and position in the normalised text. */
export interface Marker {
  number: number;
  /** Index in the Mapped text the marker was found in. */
  index: number;
  /** Original offset of the marker's first digit. */
  offset: number;
}

export function findMarkers(m: Mapped): Marker[] {
  const markers: Marker[] = [];
  for (const match of m.text.matchAll(markerRun)) {
    markers.push({ number: superscriptValue(match[0]), index: match.index, offset: m.at[match.index] ?? 0 });
  }
  return markers;
}

/** The text alone with every marker removed, for readers that need no positions. */
export function withoutMarkers(text: string): string {
  return anyMarker.test(text) ? text.replace(markerRun, "") : text;
}

/**
 * The text with every marker removed, positions still mapped to the original. Most text
 * has none and comes back as it is: the parser asks this of every block and sentence,
 * and copying each character was a fifth of an import's time.
 */
export function stripMarkers(m: Mapped): Mapped {
  if (!anyMarker.test(m.text)) return m;
  const kept: Array<[number, number]> = [];
  let from = 0;
  for (const match of m.text.matchAll(markerRun)) {
    if (match.index > from) kept.push([from, match.index]);
    from = match.index + match[0].length;
  }
  if (from < m.text.length) kept.push([from, m.text.length]);
  const at: number[] = [];
  for (const [start, end] of kept) for (let i = start; i < end; i++) at.push(m.at[i] ?? 0);
  return { text: kept.map(([start, end]) => m.text.slice(start, end)).join(""), at };
}

/** "¹⁰ S/2003/54." -> 10 and the body after the marker; null when the text does not start so. */
export function leadingMarker(m: Mapped): { number: number; body: Mapped } | null {
  const match = leadingRun.exec(m.text);
  if (!match) return null;
  let from = match[0].length;
  while (m.text[from] === " ") from++;
  return { number: superscriptValue(match[0]), body: slice(m, from) };
}
