import { readFileSync } from "node:fs";
import path from "node:path";
import type { RepertoireItem } from "./repertoireTypes";

// Shared by the Repertoire parser's tests only: the project's own fixtures, and the two
// rewritings (CRLF endings, re-flowed lines) the parser must read the same way. The real
// seed is read by repertoire.seed.corpus.test.ts alone.

export function readFixture(name: string): { text: string; file: string } {
  const file = path.join(__dirname, "fixtures", "repertoire", name);
  return { text: readFileSync(file, "utf8"), file: `lib/sources/fixtures/repertoire/${name}` };
}

/** Every line re-wrapped at `width` columns on spaces, blank lines kept: how another extraction would flow the text. */
export function reflow(text: string, width: number): string {
  return text
    .split(/\r\n|\n|\r/)
    .map((line) => {
      const words = line.split(/ +/).filter((w) => w.length > 0);
      const out: string[] = [];
      let current = "";
      for (const word of words) {
        if (current.length > 0 && current.length + 1 + word.length > width) {
          out.push(current);
          current = word;
        } else current = current.length > 0 ? `${current} ${word}` : word;
      }
      out.push(current);
      return out.join("\n");
    })
    .join("\n");
}

export function withCrlf(text: string): string {
  return text.replace(/\r\n|\n|\r/g, "\r\n");
}

/** Items with every span removed, for comparing two layouts of the same text. */
export function withoutSpans(items: RepertoireItem[]): unknown {
  return JSON.parse(JSON.stringify(items, (key, value: unknown) => (key === "span" ? undefined : value)));
}

/** One record without its span, to compare what was read apart from where. */
export function withoutSpan<T extends { span: unknown }>(record: T): Omit<T, "span"> {
  const { span, ...rest } = record;
  void span;
  return rest;
}

/** What a PDF's pages add: running heads, page numbers and job numbers, put at the paragraph breaks `at` picks. */
export function withPageFurniture(text: string, at: readonly number[]): string {
  const heads = ["Repertoire of the Practice of the Security Council, 2003", "03-45678", "Chapter VIII. Consideration of questions", "S/2003/INF/1", "217", "- 12 -"];
  const paragraphs = text.split(/\n[ \t]*\n/);
  return paragraphs
    .map((paragraph, i) => (at.includes(i) && i > 0 ? `${heads[i % heads.length]}\n\n${i + 100}\n\n${paragraph}` : paragraph))
    .join("\n\n");
}

/** Breaks long lowercase words across lines with a hyphen, as a typesetter does: the `picks`-th long words. */
export function withHyphenation(text: string, picks: readonly number[]): string {
  let count = 0;
  return text.replace(/(?<=[ \n])([a-z]{4})([a-z]{4,})(?=[ ,.;\n])/g, (word, head: string, tail: string) => (picks.includes(count++) ? `${head}-\n${tail}` : word));
}
