import { dayOfMonthIndex, dayOfYear, monthIndexOfDay, yearOfDay } from "./dates";
import type { EmphasisFlags, VisibilityFlags } from "./meetingFlags";
import type { TimelineModel } from "./timelineModel";

export type DensityUnit = "month" | "year";
export type LevelOfDetail = { kind: "marks" } | { kind: "density"; unit: DensityUnit };

/** Above this many meetings in view, marks turn to density bars: 223 meetings of a year still show one by one. */
export const MAX_MARKS_IN_VIEW = 600;
/** A month bar narrower than this turns into yearly bars. */
export const MIN_MONTH_BAR_PX = 5;

export interface DetailInput {
  marksInView: number;
  pxPerDay: number;
  /** Whether the marks in view, stacked in rows, fit their lanes at some mark size. */
  marksFit: boolean;
}

/**
 * Semantic zoom: individual meetings when they fit, else meetings per month, else per
 * year. Fitting means few enough to read and stacked rows that fit their lanes.
 */
export function chooseLevelOfDetail({ marksInView, pxPerDay, marksFit }: DetailInput): LevelOfDetail {
  if (marksInView <= MAX_MARKS_IN_VIEW && marksFit) return { kind: "marks" };
  return { kind: "density", unit: pxPerDay * 30.4 >= MIN_MONTH_BAR_PX ? "month" : "year" };
}

export function binOfDay(day: number, unit: DensityUnit): number {
  return unit === "month" ? monthIndexOfDay(day) : yearOfDay(day);
}

export function binStartDay(bin: number, unit: DensityUnit): number {
  return unit === "month" ? dayOfMonthIndex(bin) : dayOfYear(bin);
}

/** Meetings per lane per month (or year), with how many of them carry emphasis. */
export interface DensityBins {
  unit: DensityUnit;
  firstBin: number;
  binCount: number;
  laneCount: number;
  /** counts[lane * binCount + (bin - firstBin)] */
  counts: Uint32Array;
  emphasized: Uint32Array;
  /** The fullest bin over the whole dataset: bars keep their height while panning. */
  maxCount: number;
}

export function binMeetings(model: TimelineModel, visibility: VisibilityFlags, emphasis: EmphasisFlags, unit: DensityUnit): DensityBins {
  const n = model.meetings.length;
  const firstBin = binOfDay(model.domain.startDay, unit);
  const binCount = binOfDay(model.domain.endDay - 1, unit) - firstBin + 1;
  const laneCount = model.lanes.length;
  const counts = new Uint32Array(laneCount * binCount);
  const emphasized = new Uint32Array(laneCount * binCount);
  let maxCount = 0;
  for (let i = 0; i < n; i++) {
    if (!visibility.visible[i]) continue;
    const slot = model.lane[i]! * binCount + binOfDay(model.day[i]!, unit) - firstBin;
    const count = ++counts[slot]!;
    if (count > maxCount) maxCount = count;
    if (emphasis.emphasis[i]) emphasized[slot]!++;
  }
  return { unit, firstBin, binCount, laneCount, counts, emphasized, maxCount };
}
