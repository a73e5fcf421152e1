import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRepertoire, type RepertoireResult, type Span } from "./repertoire";
import { readFixture, reflow, withCrlf, withHyphenation, withoutSpans, withPageFurniture } from "./repertoire.testing";

// Whatever the input, the parser returns { items, problems } and never throws; its spans
// stay inside the text; and the layout of the text (line endings, line width) does not
// change what it reads.

const sources = [
  "mano-river.txt",
  "middle-east-crlf.txt",
  "northern-corridor.txt",
  "problems.txt",
  "iraq-kuwait.txt",
  "middle-east-vetoes.txt",
  "tribunals.txt",
  "korea-1950.txt",
].map(readFixture);
const corpusLines = sources.flatMap((s) => s.text.split(/\r\n|\n/));

/** Fragments that stress the parser: half headings, lone markers, unbalanced brackets. */
const fragments = [
  "",
  " ",
  "¹",
  "¹⁰",
  "⁴⁵⁶⁷⁸⁹⁰",
  "52.",
  "999. ",
  "Initial proceedings",
  "Decision of",
  "Decision of 1 May 2003 (",
  "Deliberations of 31 April 2003 (4700th meeting)",
  "Deliberations of 1 and 2 May 2003 (4701st meeting)",
  "At its 4700th meeting, on 1 May 2003,",
  "At the same meeting,",
  "statements were made by",
  "statements were made by , , and and (on behalf of",
  "the representatives of",
  "(on behalf of the European Union³",
  "was represented by its",
  "; and by",
  "aligned themselves with the statement.",
  "Also present were",
  "received 99 votes in favour, none against and no abstentions, and was not adopted",
  "adopted by 99 votes to 99 (x), with 99 abstentions (), as resolution 1 (2003)",
  "the President made a statement on behalf of the Council (S/PRST/2003/",
  '"an unclosed quotation',
  "Organization of",
  "A.",
  "chap. XII.",
];

const line = fc.oneof(
  fc.constantFrom(...corpusLines),
  fc.constantFrom(...fragments),
  fc.string({ maxLength: 60 }),
  fc.string({ unit: fc.constantFrom("¹", "²", "³", "⁴", "⁰", " ", "(", ")", ",", ".", ";", ":", "\u00a0", "\t", "-", "a", "A", "1") }),
);
const lineEnding = fc.constantFrom("\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\n \n");
const repertoireLike = fc
  .array(fc.tuple(line, lineEnding), { maxLength: 40 })
  .map((parts) => parts.map(([text, end]) => text + end).join(""));

function checkShape(text: string, result: RepertoireResult): void {
  expect(Array.isArray(result.items)).toBe(true);
  expect(Array.isArray(result.problems)).toBe(true);
  const lineCount = text.split(/\r\n|\n|\r/).length;
  const inside = (span: Span) => {
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeGreaterThanOrEqual(span.start);
    expect(span.end).toBeLessThanOrEqual(text.length);
    expect(span.line).toBeGreaterThanOrEqual(1);
    expect(span.line).toBeLessThanOrEqual(lineCount);
  };
  for (const item of result.items) {
    inside(item.span);
    for (const footnote of item.footnotes) inside(footnote.span);
    for (const meeting of item.meetings) {
      inside(meeting.span);
      expect(meeting.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const outcome of meeting.outcomes) inside(outcome.span);
      for (const participant of meeting.participants) inside(participant.span);
    }
  }
  for (const problem of result.problems) {
    expect(problem.code).not.toBe("internal-error");
    expect(problem.line).toBeGreaterThanOrEqual(1);
    expect(problem.line).toBeLessThanOrEqual(lineCount);
  }
}

describe("parseRepertoire on arbitrary input", () => {
  it("never throws on arbitrary strings and always returns items and problems", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: "binary" }), (text) => {
        checkShape(text, parseRepertoire(text, { file: "arbitrary" }));
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on arbitrary mixes of Repertoire-like lines and keeps its spans inside the text", () => {
    fc.assert(
      fc.property(repertoireLike, (text) => {
        checkShape(text, parseRepertoire(text, { file: "mix" }));
      }),
      { numRuns: 300 },
    );
  });

  it("reads the same items whatever the line endings and line width", () => {
    fc.assert(
      fc.property(fc.constantFrom(...sources), fc.integer({ min: 20, max: 120 }), fc.boolean(), (source, width, crlf) => {
        const expected = parseRepertoire(source.text, { file: source.file });
        const flowed = reflow(source.text, width);
        const variant = parseRepertoire(crlf ? withCrlf(flowed) : flowed, { file: source.file });
        expect(withoutSpans(variant.items)).toEqual(withoutSpans(expected.items));
        expect(variant.problems.map((p) => p.code)).toEqual(expected.problems.map((p) => p.code));
      }),
      { numRuns: 60 },
    );
  });

  it("reads the same items when running heads, page numbers and job numbers fall between paragraphs", () => {
    fc.assert(
      fc.property(fc.constantFrom(...sources), fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { maxLength: 6 }), fc.boolean(), (source, at, crlf) => {
        const expected = parseRepertoire(source.text, { file: source.file });
        const printed = withPageFurniture(source.text.replace(/\r\n/g, "\n"), at);
        const variant = parseRepertoire(crlf ? withCrlf(printed) : printed, { file: source.file });
        expect(withoutSpans(variant.items)).toEqual(withoutSpans(expected.items));
        expect(variant.problems.map((p) => p.code)).toEqual(expected.problems.map((p) => p.code));
      }),
      { numRuns: 60 },
    );
  });

  it("reads the same items when words are hyphenated across lines", () => {
    fc.assert(
      fc.property(fc.constantFrom(...sources), fc.integer({ min: 30, max: 100 }), fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 8 }), (source, width, picks) => {
        const expected = parseRepertoire(source.text, { file: source.file });
        const variant = parseRepertoire(withHyphenation(reflow(source.text, width), picks), { file: source.file });
        expect(withoutSpans(variant.items)).toEqual(withoutSpans(expected.items));
      }),
      { numRuns: 60 },
    );
  });

  it("gives the same result twice for the same text", () => {
    for (const source of sources) expect(parseRepertoire(source.text, { file: source.file })).toEqual(parseRepertoire(source.text, { file: source.file }));
  });
});
