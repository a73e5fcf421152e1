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

export function isSuperscript(c: string | undefined): boolean {
  return c !== undefined && c in superscriptDigits;
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

/** The text with every marker removed, positions still mapped to the original. */
export function stripMarkers(m: Mapped): Mapped {
  const keep: number[] = [];
  for (let i = 0; i < m.text.length; i++) if (!isSuperscript(m.text[i])) keep.push(i);
  return { text: keep.map((i) => m.text[i]).join(""), at: keep.map((i) => m.at[i] ?? 0) };
}

/** "¹⁰ S/2003/54." -> 10 and the body after the marker; null when the text does not start so. */
export function leadingMarker(m: Mapped): { number: number; body: Mapped } | null {
  const match = new RegExp(`^[${superscriptClass}]+`).exec(m.text);
  if (!match) return null;
  let from = match[0].length;
  while (m.text[from] === " ") from++;
  return { number: superscriptValue(match[0]), body: slice(m, from) };
}
