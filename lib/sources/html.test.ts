import { describe, expect, it } from "vitest";
import { cellBlocks, cellLines, parseHtmlTables } from "./html";
import { decodeEntities } from "./htmlEntities";
import { excerpt, lineAt, lineIndex } from "./sourceText";
import { layoutGrid } from "./tableLayout";

const only = <T>(items: T[]): T => {
  expect(items).toHaveLength(1);
  return items[0] as T;
};

describe("parseHtmlTables", () => {
  it("finds rows and cells with their text, tags and spans", () => {
    const table = only(parseHtmlTables(`<table><tr><th colspan="2">Title</th></tr><tr><td rowspan="3">A</td><td>B</td></tr></table>`));
    expect(table.rows.map((row) => row.cells.map((cell) => [cell.tag, cell.text, cell.rowspan, cell.colspan]))).toEqual([
      [["th", "Title", 1, 2]],
      [["td", "A", 3, 1], ["td", "B", 1, 1]],
    ]);
  });

  it("closes rows and cells where a browser would: unclosed <td>, <tr> inside a row, </a> after </th>", () => {
    const html = `<table><tr><th><a href="x"><p>S/PV.1</p></th></a><td>one<td>two<tr><td>three</table>`;
    const table = only(parseHtmlTables(html));
    expect(table.rows.map((row) => row.cells.map((cell) => cell.text))).toEqual([["S/PV.1", "one", "two"], ["three"]]);
  });

  it("drops rows with no cells, as the 1960 table's stray <tr> would be", () => {
    const table = only(parseHtmlTables(`<table><tr><td>a</td><tr><tr><td>b</td></tr></table>`));
    expect(table.rows).toHaveLength(2);
  });

  it("splits a cell into lines at <br>, </br> and <p>, keeping one blank line between agenda items", () => {
    const table = only(parseHtmlTables(`<table><tr><td>First item</br> </br>Second <br>continued<br></td></tr></table>`));
    expect(only(only(table.rows).cells).lines).toEqual(["First item", "", "Second", "continued"]);
  });

  it("keeps each link's href and text, with line breaks in the text as spaces", () => {
    const html = `<table><tr><td><a target="_top" href="https://undocs.org/en/S/PV.4820(PARTII)">S/PV.4820<br>\n (Part II)</a>(closed)</td></tr></table>`;
    const cell = only(only(only(parseHtmlTables(html)).rows).cells);
    expect(cell.links).toEqual([{ href: "https://undocs.org/en/S/PV.4820(PARTII)", text: "S/PV.4820 (Part II)" }]);
    expect(cell.lines).toEqual(["S/PV.4820", "(Part II)(closed)"]);
  });

  it("decodes entities in text and attributes, leaving query strings alone", () => {
    const html = `<table><tr><td><a href="/q?a=1&amp;sort=2&page=3">Communiqu&eacute; &mdash; P&eacuterez&nbsp;&#246;&#x41;</a></td></tr></table>`;
    const cell = only(only(only(parseHtmlTables(html)).rows).cells);
    expect(cell.links[0]?.href).toBe("/q?a=1&sort=2&page=3");
    expect(cell.text).toBe("Communiqué — Pérez öA");
  });

  it("ignores comments and script content, and treats a stray < as text", () => {
    const html = `<table><!-- <tr><td>no</td></tr> --><tr><td>a < b<script>"<td>"</script></td></tr></table>`;
    expect(only(only(only(parseHtmlTables(html)).rows).cells).text).toBe("a < b");
  });

  it("gives 1-based lines and offsets that point at the row and cell tags in the source", () => {
    const html = "<table>\r\n<tr>\r\n  <td>x</td>\n  <td>y</td>\n</tr>\n</table>";
    const row = only(only(parseHtmlTables(html)).rows);
    expect(row.line).toBe(2);
    expect(html.slice(row.start, row.start + 3)).toBe("<tr");
    expect(html.slice(row.end - 5, row.end)).toBe("</tr>");
    expect(row.cells.map((cell) => [cell.line, html.slice(cell.start, cell.end)])).toEqual([
      [3, "<td>x</td>"],
      [4, "<td>y</td>"],
    ]);
  });

  it("returns nothing for text without tables", () => {
    expect(parseHtmlTables("just <b>text</b> & more")).toEqual([]);
  });
});

describe("cell text helpers", () => {
  const parts = (html: string) => only(only(only(parseHtmlTables(`<table><tr><td>${html}</td></tr></table>`)).rows).cells).parts;

  it("sets linked text apart by spaces when asked, for symbols glued to words", () => {
    const glued = parts(`Draft resolution<a href="x">S/2003/980</a>vetoed by USA`);
    expect(cellLines(glued)).toEqual(["Draft resolutionS/2003/980vetoed by USA"]);
    expect(cellLines(glued, { spaceLinks: true })).toEqual(["Draft resolution S/2003/980 vetoed by USA"]);
  });

  it("cuts a cell into blocks at blank lines and marks a leading blank line with an empty block", () => {
    expect(cellBlocks(parts("A<br>15-0-0<br><br>B"))).toEqual([["A", "15-0-0"], ["B"]]);
    expect(cellBlocks(parts("</br> </br>S/RES/12 (1946) <br> 11-0-0"))).toEqual([[], ["S/RES/12 (1946)", "11-0-0"]]);
    expect(cellBlocks(parts("<br>single leading break"))).toEqual([["single leading break"]]);
    expect(cellBlocks(parts(""))).toEqual([]);
  });
});

describe("layoutGrid", () => {
  it("places cells under the rowspans of the rows above", () => {
    const table = only(parseHtmlTables(`<table><tr><th rowspan="2">R</th><th rowspan="2">D</th><td>T1</td><td>O1</td></tr><tr><td>T2</td><td>O2</td></tr></table>`));
    const grid = layoutGrid(table.rows);
    expect(grid[1]?.map((slot) => [slot.cell.text, slot.fromRow])).toEqual([["R", 0], ["D", 0], ["T2", 1], ["O2", 1]]);
  });

  it("spreads a colspan over several columns", () => {
    const table = only(parseHtmlTables(`<table><tr><td colspan="2">wide</td><td>c</td></tr></table>`));
    expect(layoutGrid(table.rows)[0]?.map((slot) => slot.cell.text)).toEqual(["wide", "wide", "c"]);
  });
});

describe("decodeEntities", () => {
  it("decodes named, numeric and hexadecimal references and leaves unknown ones", () => {
    expect(decodeEntities("&mdash;&ocirc;&#39;&#x1F600;&bogus;&#0;")).toBe("\u2014\u00f4'\u{1F600}&bogus;&#0;");
  });
});

describe("sourceText", () => {
  it("counts lines ended by CRLF, LF or a lone CR", () => {
    const text = "a\r\nb\nc\rd";
    expect([0, 3, 5, 7].map((offset) => lineAt(text, offset))).toEqual([1, 2, 3, 4]);
    expect(lineIndex(text)(text.length)).toBe(4);
  });

  it("makes one-line excerpts of at most 160 characters", () => {
    expect(excerpt("  a\n  b  ")).toBe("a b");
    const long = excerpt("word ".repeat(100));
    expect(long.length).toBeLessThanOrEqual(160);
    expect(long.endsWith("…")).toBe(true);
  });
});
