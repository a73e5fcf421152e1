import type { PresidencyMonth } from "@/lib/model/dataset";
import { dayOfMonthIndex, monthIndexOfDay, monthKeyOfIndex } from "./dates";

export interface PresidencyLabel {
  month: string;
  /** Centre of the label, in plot pixels. */
  x: number;
  /** Where the month starts, for a separator tick; NaN when it starts left of the view. */
  monthStartX: number;
  text: string;
}

export interface PresidencyView {
  startDay: number;
  pxPerDay: number;
  width: number;
}

/** Don't try to write presidencies when a month is narrower than this (the decades view). */
const MIN_MONTH_PX = 24;
/** Space kept either side of an ISO code; names keep the whole padding. */
const codePadding = 2;

/**
 * The state presiding over the Council each month in view, written under the month in
 * one style for the whole row: every name when each whole month in view has room for
 * its name, else every ISO code, so the row never reads "France DEU Guinea Mexico PAK".
 * A month cut by the edge of the view shows the row's form if it fits, else nothing.
 * Labels stay inside their month, so they never overlap.
 */
export function presidencyLabels(
  presidencies: readonly PresidencyMonth[],
  nameOf: (entityId: string) => { name: string; code: string },
  view: PresidencyView,
  measure: (text: string) => number,
  padding = 6,
): PresidencyLabel[] {
  if (presidencies.length === 0 || view.pxPerDay * 28 < MIN_MONTH_PX) return [];
  const byMonth = new Map(presidencies.map((presidency) => [presidency.month, presidency.entityId]));
  const endDay = view.startDay + view.width / view.pxPerDay;
  const months: Array<{ key: string; startX: number; left: number; right: number; room: number; whole: boolean; name: string; code: string }> = [];
  for (let month = monthIndexOfDay(view.startDay); dayOfMonthIndex(month) < endDay; month++) {
    const key = monthKeyOfIndex(month);
    const entityId = byMonth.get(key);
    if (!entityId) continue;
    const startX = (dayOfMonthIndex(month) - view.startDay) * view.pxPerDay;
    const endX = (dayOfMonthIndex(month + 1) - view.startDay) * view.pxPerDay;
    const left = Math.max(0, startX);
    const right = Math.min(view.width, endX);
    months.push({ key, startX, left, right, room: right - left - 2 * padding, whole: startX >= 0 && endX <= view.width + 0.5, ...nameOf(entityId) });
  }
  const judged = months.some((month) => month.whole) ? months.filter((month) => month.whole) : months;
  const names = judged.every((month) => measure(month.name) <= month.room);
  // A three-letter code centred in its month reads clearly with a hair of space either
  // side; the full padding dropped most codes on a projector (16 px type, 41 px months),
  // leaving a row of "GIN PAK ESP" that looks like missing data.
  const codeSlack = 2 * Math.max(0, padding - codePadding);
  const labels: PresidencyLabel[] = [];
  for (const month of months) {
    const text = names ? month.name : month.code;
    if (measure(text) > month.room + (names ? 0 : codeSlack)) continue;
    labels.push({ month: month.key, x: (month.left + month.right) / 2, monthStartX: month.startX >= 0 ? month.startX : Number.NaN, text });
  }
  return labels;
}
