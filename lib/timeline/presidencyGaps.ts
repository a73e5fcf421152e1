import type { PresidencyMonth } from "@/lib/model/dataset";
import { dayOfMonthIndex, monthIndexOfDay, monthKeyOfIndex } from "./dates";
import type { PresidencyView } from "./presidencyLabels";

/** A stretch of the presidency row whose months the data has no president for, and what it says there. */
export interface PresidencyGap {
  /** Left and right ends in plot pixels, clipped to the view. */
  left: number;
  right: number;
  /** The longest of the texts that fits; empty when none does. */
  text: string;
}

/** Said in a stretch of months without a recorded presidency, longest first: the first that fits is written. */
export const gapTexts = ["Presidency not in the data for these months", "Presidency not in the data", "not in the data"] as const;

/**
 * The months in view the data names no presiding state for, as runs of neighbouring
 * months. The reference facts give 2003's presidencies only: across every year the row
 * was simply empty before 1 January 2003 and after 31 December, as if nobody presided.
 * Each run says so in the longest text that fits it.
 */
export function presidencyGaps(presidencies: readonly PresidencyMonth[], view: PresidencyView, measure: (text: string) => number, padding = 6): PresidencyGap[] {
  const known = new Set(presidencies.map((presidency) => presidency.month));
  const endDay = view.startDay + view.width / view.pxPerDay;
  const gaps: PresidencyGap[] = [];
  let open: { left: number; right: number } | null = null;
  const close = () => {
    if (!open) return;
    const room = open.right - open.left - 2 * padding;
    gaps.push({ ...open, text: gapTexts.find((text) => measure(text) <= room) ?? "" });
    open = null;
  };
  for (let month = monthIndexOfDay(view.startDay); dayOfMonthIndex(month) < endDay; month++) {
    if (known.has(monthKeyOfIndex(month))) {
      close();
      continue;
    }
    const left = Math.max(0, (dayOfMonthIndex(month) - view.startDay) * view.pxPerDay);
    const right = Math.min(view.width, (dayOfMonthIndex(month + 1) - view.startDay) * view.pxPerDay);
    if (open) open.right = right;
    else open = { left, right };
  }
  close();
  return gaps;
}
