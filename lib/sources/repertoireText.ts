import type { Problem } from "./problem";
import { excerpt, lineIndex, lineStarts } from "./sourceText";
import type { Span } from "./repertoireTypes";

// Normalised text that remembers where every character came from. The parser reads
// paragraphs with line breaks, page breaks and runs of spaces collapsed, but every
// record it returns must point at the ORIGINAL text, so each character carries its
// original offset.

/** `at[i]` is the original offset of `text[i]`; `at.length === text.length`. */
export interface Mapped {
  text: string;
  at: number[];
}

/** One physical line of the source, without its line ending. */
export interface SourceLine {
  number: number;
  start: number;
  text: string;
}

export function sourceLines(source: string): SourceLine[] {
  const starts = lineStarts(source);
  return starts.map((start, i) => {
    const next = starts[i + 1] ?? source.length;
    // Strip the ending (\r\n, \n or a lone \r) that closes this line.
    const raw = source.slice(start, next).replace(/\r?\n$|\r$/, "");
    return { number: i + 1, start, text: raw };
  });
}

const space = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/;

/** `space` for one character; ASCII, nearly all of the text, answered without the regex. */
function isSpace(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return space.test(c);
}

export function isBlank(text: string): boolean {
  return [...text].every((c) => space.test(c));
}

/** Lines joined by single spaces, runs of whitespace collapsed, ends trimmed. */
export function mapLines(lines: readonly SourceLine[]): Mapped {
  const out: Mapped = { text: "", at: [] };
  const chars: string[] = [];
  for (const line of lines) {
    // A word hyphenated at a line end ("Secretary-" / "General") rejoins without a space;
    // a word the typesetter broke ("partici-" / "pation") also loses the hyphen.
    const hyphenJoin = /[A-Za-z]-$/.test(chars.slice(-2).join(""));
    if (hyphenJoin && isTypesetterBreak(chars, line.text)) {
      chars.pop();
      out.at.pop();
    }
    if (chars.length > 0 && !hyphenJoin) pushSpace(chars, out.at, line.start - 1);
    for (let i = 0; i < line.text.length; i++) {
      const c = line.text[i] ?? "";
      if (isSpace(c)) pushSpace(chars, out.at, line.start + i);
      else {
        chars.push(c);
        out.at.push(line.start + i);
      }
    }
  }
  if (chars[chars.length - 1] === " ") {
    chars.pop();
    out.at.pop();
  }
  out.text = chars.join("");
  return out;
}

/** "partici-" + "pation": a lowercase letter before the hyphen and a lowercase start after it. */
function isTypesetterBreak(chars: readonly string[], next: string): boolean {
  return /[a-z]/.test(chars[chars.length - 2] ?? "") && /^[a-z]/.test(next.trimStart());
}

function pushSpace(chars: string[], at: number[], offset: number): void {
  if (chars.length === 0 || chars[chars.length - 1] === " ") return;
  chars.push(" ");
  at.push(offset);
}

/** Two pieces joined with one space (or none after a hyphenated word), as a page break hid. */
export function joinMapped(a: Mapped, b: Mapped): Mapped {
  if (a.text.length === 0) return b;
  if (b.text.length === 0) return a;
  const hyphen = /[A-Za-z]-$/.test(a.text);
  if (hyphen && isTypesetterBreak([...a.text.slice(-2)], b.text)) {
    return { text: a.text.slice(0, -1) + b.text, at: a.at.slice(0, -1).concat(b.at) };
  }
  const gap = hyphen ? "" : " ";
  const gapAt = hyphen ? [] : [(a.at[a.at.length - 1] ?? 0) + 1];
  return { text: a.text + gap + b.text, at: a.at.concat(gapAt, b.at) };
}

export function slice(m: Mapped, from: number, to = m.text.length): Mapped {
  return { text: m.text.slice(from, to), at: m.at.slice(from, to) };
}

/** Trims whitespace and the given extra characters from both ends. */
export function trim(m: Mapped, extra = ""): Mapped {
  const drop = (c: string | undefined) => c !== undefined && (c === " " || extra.includes(c));
  let from = 0;
  let to = m.text.length;
  while (from < to && drop(m.text[from])) from++;
  while (to > from && drop(m.text[to - 1])) to--;
  // Nothing to trim is the common case: no copy of the offsets.
  return from === 0 && to === m.text.length ? m : slice(m, from, to);
}

/** Tools bound to one source text: spans, line numbers and problems. */
export interface SourceContext {
  file: string;
  source: string;
  lineOf: (offset: number) => number;
  problems: Problem[];
}

export function sourceContext(source: string, file: string): SourceContext {
  return { file, source, lineOf: lineIndex(source), problems: [] };
}

export function spanOf(ctx: SourceContext, m: Mapped): Span {
  const start = m.at[0] ?? 0;
  const end = m.at.length > 0 ? (m.at[m.at.length - 1] ?? start) + 1 : start;
  return { line: ctx.lineOf(start), start, end };
}

/** Records a problem at the start of `m`, with a short excerpt of the normalised text there. */
export function report(ctx: SourceContext, m: Mapped, code: string, message: string): void {
  const start = m.at[0] ?? 0;
  ctx.problems.push({
    file: ctx.file,
    line: ctx.lineOf(start),
    code,
    message,
    excerpt: excerpt(m.text.length > 0 ? m.text : ctx.source.slice(start, start + 160), 120),
  });
}
