// Finds the header row of a UN library table and which column holds what, so the
// parsers read cells by meaning ("Topic") rather than by position: the meetings tables
// have 4, 5 or 7 columns depending on the era, and the veto list has its own five. Cells
// are laid on a grid first, so a row that rowspan continues can be told apart.

import { parseHtmlTables, type HtmlCell, type HtmlRow, type HtmlTable } from "./html";

/** A grid slot: the cell covering it and the index of the row where that cell starts. */
export interface GridSlot {
  cell: HtmlCell;
  fromRow: number;
}

/**
 * Lays rows out on a grid as rowspan and colspan say, so a row that continues the one
 * above (its first columns covered by cells spanning down) can be recognised.
 */
export function layoutGrid(rows: HtmlRow[]): GridSlot[][] {
  const grid: GridSlot[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    const slots = grid[r] ?? [];
    let column = 0;
    for (const cell of row.cells) {
      while (slots[column] !== undefined) column++;
      for (let dr = 0; dr < cell.rowspan && r + dr < rows.length; dr++) {
        const target = grid[r + dr];
        if (!target) continue;
        for (let dc = 0; dc < cell.colspan; dc++) {
          // An overlapping span keeps the cell that was there first, as browsers do.
          target[column + dc] ??= { cell, fromRow: r };
        }
      }
      column += cell.colspan;
    }
  });
  return grid;
}

export interface DataRow {
  /** 1-based index among the table's data rows. */
  index: number;
  row: HtmlRow;
  /** Grid slots by column, with cells spanning down from rows above. */
  slots: GridSlot[];
  /** Index of this row in `HtmlTable.rows`, to compare with `GridSlot.fromRow`. */
  tableRow: number;
}

export interface TableLayout<K extends string> {
  table: HtmlTable;
  /** The header row, or undefined when the columns were guessed from the row width. */
  header?: HtmlRow;
  columns: Partial<Record<K, number>>;
  /** Rows above the header: the table's title and notes. */
  preamble: HtmlRow[];
  dataRows: DataRow[];
  /** Rows below the header that are one cell across the table, e.g. 2022's "Document links will work once …". */
  notes: HtmlRow[];
}

export type ColumnLabels<K extends string> = Array<[K, RegExp]>;

function headerColumns<K extends string>(row: HtmlRow, labels: ColumnLabels<K>): Partial<Record<K, number>> {
  const columns: Partial<Record<K, number>> = {};
  let column = 0;
  for (const cell of row.cells) {
    const text = cell.lines.join(" ");
    // Labels are tried in order, so a specific one ("Letter with Vote Outcome") can come
    // before a general one ("Outcome / Vote").
    const key = labels.find(([name, pattern]) => columns[name] === undefined && pattern.test(text))?.[0];
    if (key !== undefined) columns[key] = column;
    column += cell.colspan;
  }
  return columns;
}

/**
 * Lays out the first table whose header names all `required` columns. Without such a
 * header, the widest table is read with `fallback(width)` as its columns, if given.
 */
export function findTableLayout<K extends string>(
  html: string,
  labels: ColumnLabels<K>,
  required: K[],
  fallback?: (width: number) => Partial<Record<K, number>> | undefined,
): TableLayout<K> | undefined {
  const tables = parseHtmlTables(html);
  for (const table of tables) {
    const headerIndex = table.rows.findIndex((row) => {
      if (row.cells.some((cell) => cell.tag !== "th") || row.cells.length < 2) return false;
      const columns = headerColumns(row, labels);
      return required.every((key) => columns[key] !== undefined);
    });
    if (headerIndex < 0) continue;
    const header = table.rows[headerIndex];
    if (!header) continue;
    return layoutFrom(table, headerIndex, header, headerColumns(header, labels));
  }
  const widest = tables
    .map((table) => ({ table, width: Math.max(0, ...table.rows.map((row) => row.cells.length)) }))
    .sort((a, b) => b.width - a.width)[0];
  const columns = widest && fallback?.(widest.width);
  if (!widest || !columns) return undefined;
  const firstData = widest.table.rows.findIndex((row) => row.cells.some((cell) => cell.tag === "td") && row.cells.length > 1);
  return layoutFrom(widest.table, Math.max(0, firstData) - 1, undefined, columns);
}

function layoutFrom<K extends string>(
  table: HtmlTable,
  headerIndex: number,
  header: HtmlRow | undefined,
  columns: Partial<Record<K, number>>,
): TableLayout<K> {
  const grid = layoutGrid(table.rows);
  const layout: TableLayout<K> = { table, columns, preamble: table.rows.slice(0, Math.max(0, headerIndex)), dataRows: [], notes: [] };
  if (header) layout.header = header;
  table.rows.forEach((row, tableRow) => {
    if (tableRow <= headerIndex) return;
    const only = row.cells[0];
    if (row.cells.length === 1 && only && only.colspan > 1) layout.notes.push(row);
    else layout.dataRows.push({ index: layout.dataRows.length + 1, row, slots: grid[tableRow] ?? [], tableRow });
  });
  return layout;
}
