// Which rows of the meeting list are in the DOM. All of 2003 (223 meetings) renders at
// once; all years (~9,000) would not, so the list renders a contiguous range of pages
// that grows by a page at either end, or jumps to the page of a far-away row.

export const pageSize = 200;
/** Lists up to this long render whole: a year of meetings is cheaper than a pager in the way. */
export const renderAllUpTo = 500;

/** Rows [from, to) of the list. */
export interface RowRange {
  from: number;
  to: number;
}

export function initialRange(length: number): RowRange {
  return { from: 0, to: length <= renderAllUpTo ? length : pageSize };
}

/** The range, grown by a page towards `position` when it is next to it, else the page holding it. */
export function rangeContaining(position: number, range: RowRange, length: number): RowRange {
  if (length === 0) return { from: 0, to: 0 };
  const target = Math.max(0, Math.min(length - 1, position));
  if (target >= range.from && target < range.to) return range;
  if (target >= range.to && target < range.to + pageSize) return { from: range.from, to: Math.min(length, range.to + pageSize) };
  if (target < range.from && target >= range.from - pageSize) return { from: Math.max(0, range.from - pageSize), to: range.to };
  const from = Math.floor(target / pageSize) * pageSize;
  return { from, to: Math.min(length, from + pageSize) };
}

export function showMore(range: RowRange, length: number): RowRange {
  return { from: range.from, to: Math.min(length, range.to + pageSize) };
}

export function showEarlier(range: RowRange): RowRange {
  return { from: Math.max(0, range.from - pageSize), to: range.to };
}
