// A tolerant reader for the HTML tables of the UN library's pages. Those pages are hand
// edited over decades: tags close out of order ("</p></th></a>"), rows open without
// closing ("<tr> … <tr>"), "</br>" stands for "<br>". So this is not an HTML parser; it
// only finds tables, rows and cells the way a browser would end them, keeps each cell's
// text line by line and its links, and remembers where everything sits in the source.

import { decodeEntities } from "./htmlEntities";
import { lineIndex, normalizeSpace } from "./sourceText";

export interface HtmlLink {
  href: string;
  /** The link's text, whitespace-normalised, line breaks as spaces. */
  text: string;
}

/** A piece of a cell in source order; `href` is set on text inside a link. */
export type CellPart = { kind: "text"; text: string; href?: string } | { kind: "break" };

export interface HtmlCell {
  tag: "td" | "th";
  rowspan: number;
  colspan: number;
  parts: CellPart[];
  /**
   * The cell's lines (split at <br>, <p>, <div>), each whitespace-normalised. A blank
   * line between two lines is kept as "" because the older tables separate agenda items
   * with "<br> <br>"; blanks at either end are dropped.
   */
  lines: string[];
  /** `lines` joined with "\n". */
  text: string;
  links: HtmlLink[];
  line: number;
  start: number;
  end: number;
}

export interface HtmlRow {
  cells: HtmlCell[];
  line: number;
  start: number;
  end: number;
}

export interface HtmlTable {
  rows: HtmlRow[];
  line: number;
  start: number;
  end: number;
}

const BREAK_TAGS = new Set(["br", "p", "div", "li"]);
const RAW_TEXT_TAGS = new Set(["script", "style"]);
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<!--[\s\S]*?(?:-->|$)|<![^>]*>/y;
const ATTRIBUTE = /([A-Za-z_:][-A-Za-z0-9_:.]*)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

function attributes(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? "").toLowerCase();
    if (!found.has(name)) found.set(name, decodeEntities(match[2] ?? match[3] ?? match[4] ?? "", true));
  }
  return found;
}

function span(value: string | undefined): number {
  const n = Number.parseInt(value ?? "", 10);
  // Browsers clamp spans the same way: nonsense and zero mean 1.
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 1000) : 1;
}

/** How to read a cell's text: with `spaceLinks`, linked text is set apart by spaces. */
export interface CellTextOptions {
  /**
   * Hand-edited cells glue links to the words around them ("Draft resolution<a>S/2003/980</a>vetoed
   * by USA" renders as one word); parsers that look for symbols want them apart.
   */
  spaceLinks?: boolean;
}

function rawLines(parts: CellPart[], options: CellTextOptions): string[] {
  const raw: string[] = [""];
  for (const part of parts) {
    if (part.kind === "break") raw.push("");
    else raw[raw.length - 1] += options.spaceLinks && part.href !== undefined ? ` ${part.text} ` : part.text;
  }
  return raw.map(normalizeSpace);
}

/** The cell's lines as `HtmlCell.lines` describes them. */
export function cellLines(parts: CellPart[], options: CellTextOptions = {}): string[] {
  const lines: string[] = [];
  for (const line of rawLines(parts, options)) {
    if (line === "" && (lines.length === 0 || lines[lines.length - 1] === "")) continue;
    lines.push(line);
  }
  while (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/**
 * The cell cut into blocks of lines at blank lines ("<br><br>"). A cell that starts with a blank line gets an empty first block: the older
 * tables write "<br> <br>S/RES/12 (1946)" so the resolution lines up with the second
 * agenda item in the topic cell.
 */
export function cellBlocks(parts: CellPart[], options: CellTextOptions = {}): string[][] {
  const blocks: string[][] = [];
  let breaks = 0;
  for (const line of rawLines(parts, options)) {
    if (line === "") {
      breaks++;
      continue;
    }
    // Before any text the first raw line is empty anyway, so a leading blank line shows
    // up as two empty raw lines; between texts one empty raw line is a blank line.
    if (blocks.length === 0) blocks.push(...(breaks >= 2 ? [[], [line]] : [[line]]));
    else if (breaks >= 1) blocks.push([line]);
    else blocks[blocks.length - 1]?.push(line);
    breaks = 0;
  }
  return blocks;
}

interface OpenCell {
  tag: "td" | "th";
  rowspan: number;
  colspan: number;
  parts: CellPart[];
  links: Array<{ href: string; text: string }>;
  href?: string;
  start: number;
}

/** Finds every table in `html`, with rows and cells as a browser would close them. */
export function parseHtmlTables(html: string): HtmlTable[] {
  const lineOf = lineIndex(html);
  const tables: HtmlTable[] = [];
  let table: HtmlTable | undefined;
  let row: HtmlRow | undefined;
  let cell: OpenCell | undefined;

  const closeCell = (end: number) => {
    if (!cell || !row) return;
    const lines = cellLines(cell.parts);
    row.cells.push({
      tag: cell.tag,
      rowspan: cell.rowspan,
      colspan: cell.colspan,
      parts: cell.parts,
      lines,
      text: lines.join("\n"),
      links: cell.links.map((link) => ({ href: link.href, text: normalizeSpace(link.text) })),
      line: lineOf(cell.start),
      start: cell.start,
      end,
    });
    cell = undefined;
  };
  const closeRow = (end: number) => {
    closeCell(end);
    if (row && table) {
      row.end = end;
      if (row.cells.length > 0) table.rows.push(row);
    }
    row = undefined;
  };
  const closeTable = (end: number) => {
    closeRow(end);
    if (table) {
      table.end = end;
      tables.push(table);
    }
    table = undefined;
  };
  const openRow = (start: number) => {
    closeRow(start);
    table ??= { rows: [], line: lineOf(start), start, end: start };
    row = { cells: [], line: lineOf(start), start, end: start };
  };
  const addText = (text: string) => {
    if (!cell || text === "") return;
    const decoded = decodeEntities(text);
    cell.parts.push(cell.href === undefined ? { kind: "text", text: decoded } : { kind: "text", text: decoded, href: cell.href });
    const link = cell.links[cell.links.length - 1];
    if (cell.href !== undefined && link) link.text += decoded;
  };

  let position = 0;
  while (position < html.length) {
    const lt = html.indexOf("<", position);
    if (lt < 0) {
      addText(html.slice(position));
      break;
    }
    addText(html.slice(position, lt));
    TAG.lastIndex = lt;
    const match = TAG.exec(html);
    if (!match) {
      // A "<" that starts no tag is text, as in a browser.
      addText("<");
      position = lt + 1;
      continue;
    }
    position = TAG.lastIndex;
    const name = (match[2] ?? "").toLowerCase();
    if (name === "") continue; // comment or doctype
    const closing = match[1] === "/";
    const tagEnd = TAG.lastIndex;

    if (RAW_TEXT_TAGS.has(name) && !closing) {
      const close = html.toLowerCase().indexOf(`</${name}`, tagEnd);
      position = close < 0 ? html.length : close;
    } else if (name === "table") {
      if (closing) closeTable(tagEnd);
      else {
        closeTable(lt);
        table = { rows: [], line: lineOf(lt), start: lt, end: lt };
      }
    } else if (name === "tr") {
      if (closing) closeRow(tagEnd);
      else openRow(lt);
    } else if (name === "td" || name === "th") {
      if (closing) closeCell(tagEnd);
      else {
        if (!row) openRow(lt);
        closeCell(lt);
        const attrs = attributes(match[3] ?? "");
        cell = { tag: name, rowspan: span(attrs.get("rowspan")), colspan: span(attrs.get("colspan")), parts: [], links: [], start: lt };
      }
    } else if (name === "a" && cell) {
      if (closing) cell.href = undefined;
      else {
        const href = (attributes(match[3] ?? "").get("href") ?? "").trim();
        cell.href = href;
        cell.links.push({ href, text: "" });
      }
    } else if (BREAK_TAGS.has(name) && cell) {
      cell.parts.push({ kind: "break" });
      if (cell.href !== undefined) {
        const link = cell.links[cell.links.length - 1];
        if (link) link.text += " ";
      }
    }
  }
  closeTable(html.length);
  return tables;
}
