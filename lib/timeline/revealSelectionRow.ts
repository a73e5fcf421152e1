import { markAcrossPlot, type TimelineFrame } from "./frame";
import { Emphasis } from "./meetingFlags";

/**
 * Where, down the lanes, the selection's marks in view are: the selected ones, else (an
 * entity chosen) the meetings linked to it. Empty while none is drawn across the plot.
 */
export function selectionRowYs(frame: Pick<TimelineFrame, "marks" | "view">, emphasisOf: (index: number) => number): number[] {
  const across = frame.marks.filter((mark) => markAcrossPlot(mark, frame.view));
  const selected = across.filter((mark) => emphasisOf(mark.index) === Emphasis.selected);
  const shown = selected.length > 0 ? selected : across.filter((mark) => emphasisOf(mark.index) === Emphasis.highlighted);
  return shown.map((mark) => mark.y);
}

export interface LanesScroll {
  scrollTop: number;
  /** Height of the lanes seen at once (the scroll box less the axis that stays over it). */
  height: number;
  maxScrollTop: number;
}

/**
 * When the lanes scroll inside their pane (a short window) and none of the selection's
 * marks is among the rows in sight, the scroll position that brings the highest of them to
 * the middle; else null (stay put: what the user can see is not moved).
 */
export function scrollTopToShow(ys: readonly number[], lanes: LanesScroll, margin = 10): number | null {
  if (ys.length === 0 || lanes.maxScrollTop <= 0) return null;
  const top = lanes.scrollTop + margin;
  const bottom = lanes.scrollTop + lanes.height - margin;
  if (ys.some((y) => y >= top && y <= bottom)) return null;
  const target = Math.round(Math.min(...ys) - lanes.height / 2);
  return Math.min(Math.max(target, 0), lanes.maxScrollTop);
}
