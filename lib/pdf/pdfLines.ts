// A PDF holds positioned runs of text, not lines or paragraphs. This module rebuilds
// them the way a reader sees the page: runs on one baseline make a line, a gap wider
// than the page's usual leading starts a paragraph, small raised digits are footnote
// markers, and what repeats at the same place on several pages (running heads, page
// numbers) is the printer's, not the text's. Pure: positioned runs in, text out, with
// every output line mapped to its page and line on that page for evidence.

export interface PdfRun {
  str: string;
  /** Left edge and baseline, in PDF units (y grows upwards). */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PdfPage {
  /** 1-based. */
  number: number;
  height: number;
  runs: PdfRun[];
}

export interface PdfText {
  text: string;
  /** For each line of `text` (blank ones too): the page and 1-based line on that page, or null for a break. */
  lines: Array<{ page: number; line: number } | null>;
  pages: number;
}

interface Line {
  y: number;
  height: number;
  text: string;
}

const superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const toSuperscript = (digits: string) => [...digits].map((d) => superscripts[Number(d)] ?? d).join("");

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The height most characters are set in: the body text's, whatever the heads and markers are. */
function bodyTextHeight(runs: readonly PdfRun[]): number {
  const characters = new Map<number, number>();
  for (const run of runs) characters.set(run.height, (characters.get(run.height) ?? 0) + run.str.trim().length);
  let best = 0;
  let most = 0;
  for (const [height, count] of characters) if (count > most) [best, most] = [height, count];
  return best;
}

/** Runs grouped by baseline, top to bottom, each line's runs left to right. */
function linesOf(page: PdfPage): Line[] {
  const runs = page.runs.filter((run) => run.str.length > 0);
  const bodyHeight = bodyTextHeight(runs) || 10;
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfRun[][] = [];
  for (const run of sorted) {
    // A raised footnote marker sits a little above the baseline of its line.
    const group = groups.find((g) => Math.abs((g[0]?.y ?? 0) - run.y) <= bodyHeight * 0.45);
    if (group) group.push(run);
    else groups.push([run]);
  }
  return groups.map((group) => {
    const ordered = group.sort((a, b) => a.x - b.x);
    const height = Math.max(...ordered.map((r) => r.height));
    const baseline = median(ordered.filter((r) => r.height >= height * 0.8).map((r) => r.y));
    let text = "";
    let end = -Infinity;
    for (const run of ordered) {
      const raised = run.height < height * 0.8 && run.y > baseline + height * 0.15 && /^\d{1,3}$/.test(run.str.trim());
      const piece = raised ? toSuperscript(run.str.trim()) : run.str;
      if (text.length > 0 && !raised && run.x - end > height * 0.15 && !/\s$/.test(text) && !/^\s/.test(piece)) text += " ";
      text += piece;
      end = run.x + run.width;
    }
    return { y: baseline, height, text: text.replace(/\s+/g, " ").trim() };
  }).filter((line) => line.text.length > 0);
}

/** "Page 12", "- 12 -", "12" and the same text with another number are one running line. */
const shapeOf = (text: string) => text.replace(/\d+/g, "#").trim();

/** Lines repeated near the same height on at least two pages, in the top or bottom sixth: running heads. */
function runningLines(pages: Array<{ page: PdfPage; lines: Line[] }>): Set<string> {
  const seen = new Map<string, Set<number>>();
  for (const { page, lines } of pages) {
    for (const line of lines) {
      if (line.y < page.height * (5 / 6) && line.y > page.height / 6) continue;
      const key = `${shapeOf(line.text)}@${Math.round(line.y / 6)}`;
      const on = seen.get(key) ?? new Set<number>();
      on.add(page.number);
      seen.set(key, on);
    }
  }
  return new Set([...seen].filter(([, on]) => on.size >= 2).map(([key]) => key));
}

const pageNumberOnly = /^(?:[-–—]\s*)?(?:page\s+)?\d{1,4}(?:\s*[-–—])?$/i;

export function textFromPdfPages(pages: readonly PdfPage[]): PdfText {
  const laid = pages.map((page) => ({ page, lines: linesOf(page) }));
  const running = runningLines(laid);
  const out: string[] = [];
  const map: PdfText["lines"] = [];
  for (const { page, lines } of laid) {
    const margin = (line: Line) => line.y >= page.height * (5 / 6) || line.y <= page.height / 6;
    const body = lines.filter((line) => !(margin(line) && (running.has(`${shapeOf(line.text)}@${Math.round(line.y / 6)}`) || pageNumberOnly.test(line.text))));
    // Headings make many one-line paragraphs, so the usual leading is the lower quartile of the gaps, not their median.
    const gaps = body.slice(1).map((line, i) => (body[i]?.y ?? 0) - line.y).filter((gap) => gap > 0).sort((a, b) => a - b);
    const leading = gaps[Math.floor(gaps.length / 4)] ?? 12;
    if (out.length > 0) {
      out.push("");
      map.push(null);
    }
    body.forEach((line, i) => {
      const previous = body[i - 1];
      if (previous && previous.y - line.y > leading * 1.4) {
        out.push("");
        map.push(null);
      }
      out.push(line.text);
      map.push({ page: page.number, line: lines.indexOf(line) + 1 });
    });
  }
  return { text: out.join("\n"), lines: map, pages: pages.length };
}
