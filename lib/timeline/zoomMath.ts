import { isoOfDay } from "./dates";

// The conversions between d3-zoom's transform {k, x} over the base scale (the whole
// domain across the plot's width) and the days in view. Plain numbers, so they can be
// tested here; the hook turns them into d3 ZoomTransforms.

/** Whole or fractional UTC days, [startDay, endDay). */
export interface DayRange {
  startDay: number;
  endDay: number;
}

/** The days the timeline can show at all: whole years around the meetings. */
export type DayDomain = DayRange;

/** Inclusive ISO dates, as a time window is written. */
export interface IsoRange {
  start: string;
  end: string;
}

export interface ZoomState {
  k: number;
  x: number;
}

export interface DayView {
  startDay: number;
  endDay: number;
  pxPerDay: number;
  width: number;
}

/** The narrowest view: a few days, so single meetings and their labels have room. */
export const MIN_VISIBLE_DAYS = 4;

export function maxZoomFor(domain: DayDomain, minVisibleDays = MIN_VISIBLE_DAYS): number {
  return Math.max(1, (domain.endDay - domain.startDay) / minVisibleDays);
}

export function viewOf(domain: DayDomain, width: number, zoom: ZoomState): DayView {
  const pxPerDay = (zoom.k * width) / (domain.endDay - domain.startDay);
  const startDay = domain.startDay - zoom.x / pxPerDay;
  return { startDay, endDay: startDay + width / pxPerDay, pxPerDay, width };
}

/** The transform that shows [startDay, endDay), kept inside the zoom limits and the domain. */
export function zoomForRange(domain: DayDomain, width: number, startDay: number, endDay: number): ZoomState {
  const span = domain.endDay - domain.startDay;
  const k = Math.min(maxZoomFor(domain), Math.max(1, span / Math.max(endDay - startDay, 1e-9)));
  const visibleSpan = span / k;
  const centre = (startDay + endDay) / 2;
  const start = Math.min(domain.endDay - visibleSpan, Math.max(domain.startDay, centre - visibleSpan / 2));
  return { k, x: -((start - domain.startDay) * k * width) / span };
}

/** Same zoom, panned so `day` is in the middle (as far as the domain allows). */
export function zoomCentredOn(domain: DayDomain, width: number, zoom: ZoomState, day: number): ZoomState {
  const span = (domain.endDay - domain.startDay) / zoom.k;
  return zoomForRange(domain, width, day - span / 2, day + span / 2);
}

/**
 * The whole days at least partly in view, [startDay, endDay): what the status line names
 * and counts. The tolerance absorbs rounding, so a view of exactly 2003 is 2003's days.
 */
export function daysInView(view: Pick<DayView, "startDay" | "endDay">): DayRange {
  return { startDay: Math.floor(view.startDay + 1e-9), endDay: Math.ceil(view.endDay - 1e-9) };
}

/** First and last day at least partly in view, as ISO dates (for data-visible-start/end). */
export function visibleIsoRange(view: Pick<DayView, "startDay" | "endDay">): IsoRange {
  const days = daysInView(view);
  return { start: isoOfDay(days.startDay), end: isoOfDay(days.endDay - 1) };
}

/** The inclusive ISO window between two x positions of a brush, in either order. */
export function windowFromPixels(view: Pick<DayView, "startDay" | "pxPerDay">, x0: number, x1: number): IsoRange {
  const dayAt = (x: number) => view.startDay + x / view.pxPerDay;
  return { start: isoOfDay(dayAt(Math.min(x0, x1))), end: isoOfDay(dayAt(Math.max(x0, x1))) };
}
