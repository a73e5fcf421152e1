import type { SourceLine } from "./repertoireText";

// Text taken from a printed Repertoire (a PDF, or a copy pasted out of one) carries what
// the printer put on every page: running heads ("Repertoire of the Practice of the
// Security Council", the chapter's title), page numbers and the document's job number or
// symbol. None of it is prose. Such a line is read as a blank line, which is what a page
// break is to the paragraph reader; the offsets of everything else stay the same.

const pageNumber = /^(?:[-–—]\s*)?(?:page\s+)?\d{1,4}(?:\s*[-–—])?$/i;
/** "03-45678" (a UN job number), "S/2003/INF/1", "ST/PSCA/1/Add.14": a symbol alone on a line, without a full stop. */
const symbolAlone = /^(?:\d{2}-\d{5}(?:\s*\([A-Z]\))?|(?:[AS]|ST)\/[A-Z0-9]+(?:\/[A-Za-z0-9.]*[A-Za-z0-9])+)$/;
const runningHead = /^(?:\d{1,4}\s+)?Repertoire of the Practice of the Security Council\b.{0,80}?(?:\s+\d{1,4})?$/i;
const chapterHead = /^(?:\d{1,4}\s+)?(?:Chapter|Part) [IVXLC]{1,6}\.?(?:\s+[A-Z][^.;:]{0,100})?(?:\s+\d{1,4})?$/;

export function isPageFurniture(text: string): boolean {
  const line = text.trim().replace(/\s+/g, " ");
  if (line.length === 0 || line.length > 160) return false;
  return pageNumber.test(line) || symbolAlone.test(line) || runningHead.test(line) || chapterHead.test(line);
}

/** The lines with every running head, page number and lone symbol blanked. */
export function blankPageFurniture(lines: readonly SourceLine[]): SourceLine[] {
  return lines.map((line) => (isPageFurniture(line.text) ? { ...line, text: "" } : line));
}
