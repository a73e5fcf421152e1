import { dayOfIso } from "./dates";
import type { TimelineModel } from "./timelineModel";
import type { DayRange, DayView, IsoRange } from "./zoomMath";

// How the view follows what happens elsewhere (a link, the graph, the year picker). Each
// answers null to stay put: a change the user can already see never moves the view.

/** The days of an inclusive ISO window, as [startDay, endDay). */
export function windowDays(window: IsoRange): DayRange {
  return { startDay: dayOfIso(window.start), endDay: dayOfIso(window.end) + 1 };
}

const overlaps = (view: DayRange, startDay: number, endDay: number) => endDay > view.startDay && startDay < view.endDay;

/** What a new timeline shows first: a link's time window with a little room, else its home (a focus year), else everything (null). */
export function openingRange(window: IsoRange | null, home: DayRange | null): DayRange | null {
  if (!window) return home;
  const { startDay, endDay } = windowDays(window);
  return { startDay: startDay - 2, endDay: endDay + 2 };
}

/** A time window set elsewhere that is wholly out of view: show it with a little room. */
export function rangeToShowWindow(view: DayView | null, window: IsoRange | null): DayRange | null {
  if (!view || !window) return null;
  const { startDay, endDay } = windowDays(window);
  return overlaps(view, startDay, endDay) ? null : { startDay: startDay - 2, endDay: endDay + 2 };
}

/**
 * A meeting just added to the selection elsewhere (the graph, search, a link) that is
 * drawn but out of view: the day to centre on.
 */
export function dayToShowSelection(model: TimelineModel, visible: Uint8Array, view: DayView | null, previous: readonly string[], next: readonly string[]): number | null {
  if (!view) return null;
  const added = next.filter((id) => !previous.includes(id));
  const index = model.indexById.get(added.at(-1) ?? "");
  if (index === undefined || !visible[index]) return null;
  const day = model.day[index]!;
  return overlaps(view, day + 0.3, day + 0.7) ? null : day + 0.5;
}

/**
 * A phone's plot (272 px at 390 px, 312 at 430) cannot show a year's marks side by side:
 * it opens on about three months instead (2.8 px a day), with month names and the
 * presidency row readable. Swipe sideways for the rest; Reset shows the year. Wider
 * plots open on the whole range; their lanes scroll if they must (minLanesHeight). The
 * bound sits under the narrowest pane a laptop or projector gives the timeline (337 px
 * at 901 px, 404 at 1024, 434 at 1401): at 480 those opened on January to May or June.
 */
export const NARROW_PLOT_PX = 330;
export const MIN_OPENING_PX_PER_DAY = 2.8;

/**
 * The opening range cut to what a phone's plot shows readably: from its start, or around
 * `focusDay` when that lies in the range (a link's selected meeting, so a student who
 * opens the teacher's link to 4739 on a phone sees 4739, not January to early April);
 * unchanged on wider plots or when it fits.
 */
export function readableOpening(range: DayRange, width: number, { minPxPerDay = MIN_OPENING_PX_PER_DAY, focusDay = null }: { minPxPerDay?: number; focusDay?: number | null } = {}): DayRange {
  if (width <= 0 || width >= NARROW_PLOT_PX || (range.endDay - range.startDay) * minPxPerDay <= width) return range;
  const span = width / minPxPerDay;
  const focused = focusDay !== null && focusDay >= range.startDay && focusDay < range.endDay;
  const startDay = focused ? Math.min(Math.max(focusDay - span / 2, range.startDay), range.endDay - span) : range.startDay;
  return { startDay, endDay: startDay + span };
}

/** The middle of the day of the last selected meeting the filters let through: where a phone's opening centres. */
export function selectionFocusDay(model: TimelineModel, visible: Uint8Array, selected: readonly string[]): number | null {
  for (let i = selected.length - 1; i >= 0; i--) {
    const index = model.indexById.get(selected[i]!);
    if (index !== undefined && visible[index]) return model.day[index]! + 0.5;
  }
  return null;
}
