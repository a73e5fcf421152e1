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

/**
 * The state presiding over the Council each month in view, written under the month:
 * its name when that fits in the visible part of the month, else its ISO code, else
 * nothing. Labels stay inside their month, so they never overlap.
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
  const labels: PresidencyLabel[] = [];
  for (let month = monthIndexOfDay(view.startDay); dayOfMonthIndex(month) < endDay; month++) {
    const key = monthKeyOfIndex(month);
    const entityId = byMonth.get(key);
    if (!entityId) continue;
    const startX = (dayOfMonthIndex(month) - view.startDay) * view.pxPerDay;
    const endX = (dayOfMonthIndex(month + 1) - view.startDay) * view.pxPerDay;
    const left = Math.max(0, startX);
    const right = Math.min(view.width, endX);
    const room = right - left - 2 * padding;
    const { name, code } = nameOf(entityId);
    const text = measure(name) <= room ? name : measure(code) <= room ? code : null;
    if (text) labels.push({ month: key, x: (left + right) / 2, monthStartX: startX >= 0 ? startX : Number.NaN, text });
  }
  return labels;
}
