import type { BarBox, MarkBox } from "./hitTest";
import { placeLabels, type PlacedLabel } from "./labelPlacement";
import type { LaneBand } from "./laneLayout";
import { binStartDay, chooseLevelOfDetail, MAX_MARKS_IN_VIEW, type DensityBins, type DensityUnit, type LevelOfDetail } from "./levelOfDetail";
import type { VisibilityFlags } from "./meetingFlags";
import { meetingFullLabel, meetingShortLabel } from "./meetingText";
import type { RowPacking } from "./packRows";
import { lowerBoundDay, type TimelineModel } from "./timelineModel";
import { daysInView, type DayView } from "./zoomMath";

export interface FrameStyle {
  /** Glyph sizes in px to try, largest first: marks shrink before the view turns to density. */
  markSizes: readonly number[];
  /** Smallest space between two marks of one row. */
  markGap: number;
  /** Rows are at least this much taller than the marks. */
  rowGap: number;
  maxRowHeight: number;
  lanePadding: number;
  /** Rows lower than this get no labels: the text would touch the next row. */
  labelRowHeight: number;
}

export const defaultFrameStyle: FrameStyle = { markSizes: [11, 10, 9, 8], markGap: 3, rowGap: 2, maxRowHeight: 20, lanePadding: 4, labelRowHeight: 15 };

export type { LaneBand };

export interface FrameMark extends MarkBox {
  /** Meeting index in the model. */
  index: number;
  lane: number;
}

/** Whether a mark lies across the plot: the frame also draws marks a little past either edge, which nobody sees. */
export const markAcrossPlot = (mark: MarkBox, view: { width: number }): boolean => mark.x >= 0 && mark.x <= view.width;

export interface FrameBar extends BarBox {
  lane: number;
  /** Month index or year. */
  bin: number;
  startDay: number;
  endDay: number;
  /** Top of the drawn bar; `top`..`bottom` is the whole lane, for pointing. */
  barTop: number;
  count: number;
  emphasized: number;
}

export interface TimelineFrame {
  view: DayView;
  lanes: readonly LaneBand[];
  detail: LevelOfDetail;
  /** Visible meetings whose marks fall in view, whichever way they are drawn (with the marks cut by the edges). */
  marksInView: number;
  /** Visible meetings dated on the days in view (daysInView): the count the status line and lane labels give. */
  meetingsOnDaysInView: number;
  markSize: number;
  marks: FrameMark[];
  labels: PlacedLabel[];
  bars: FrameBar[];
}

export interface FrameInput {
  model: TimelineModel;
  visibility: VisibilityFlags;
  rowsFor: (minGapDays: number) => RowPacking;
  density: Record<DensityUnit, DensityBins>;
  view: DayView;
  /** The lanes' bands in px, from layoutLanes. */
  lanes: readonly LaneBand[];
  /** Text width in px at the label font; without it no labels are placed. */
  measure?: (text: string) => number;
  style?: FrameStyle;
}

interface MarkFit {
  size: number;
  packing: RowPacking;
  /** Rows each lane needs for the marks in view. */
  rowsInView: Int16Array;
}

/** The largest mark size whose rows of marks in [lo, hi) fit every lane, or null. */
function fitMarks(input: FrameInput, lo: number, hi: number, style: FrameStyle): MarkFit | null {
  const { model, rowsFor, view, lanes } = input;
  for (const size of style.markSizes) {
    const packing = rowsFor(Math.max(1, Math.ceil((size + style.markGap) / view.pxPerDay)));
    const rowsInView = new Int16Array(lanes.length);
    for (let i = lo; i < hi; i++) {
      const row = packing.row[i]!;
      if (row >= rowsInView[model.lane[i]!]!) rowsInView[model.lane[i]!] = row + 1;
    }
    const fits = lanes.every((band, lane) => rowsInView[lane]! * (size + style.rowGap) <= band.height - 2 * style.lanePadding);
    if (fits) return { size, packing, rowsInView };
  }
  return null;
}

/**
 * Everything one frame draws, in plot pixels: the level of detail for the view, then
 * either the marks (stacked in rows, with labels where they fit) or the density bars.
 * Pure, so the canvas, the hit testing and the accessible layer agree on one picture.
 */
export function computeFrame(input: FrameInput): TimelineFrame {
  const { model, visibility, density, view, lanes, measure, style = defaultFrameStyle } = input;
  const largest = style.markSizes[0]!;
  const margin = largest / view.pxPerDay;
  const lo = lowerBoundDay(model.day, view.startDay - 0.5 - margin);
  const hi = lowerBoundDay(model.day, view.endDay - 0.5 + margin);
  const marksInView = visibility.prefix[hi]! - visibility.prefix[lo]!;
  // Marks at the edges are drawn half cut, but their days are not in view: the count
  // says what the status line's dates say (one year at any width, in any mode).
  const days = daysInView(view);
  const meetingsOnDaysInView = visibility.prefix[lowerBoundDay(model.day, days.endDay)]! - visibility.prefix[lowerBoundDay(model.day, days.startDay)]!;
  const fit = marksInView <= MAX_MARKS_IN_VIEW ? fitMarks(input, lo, hi, style) : null;
  const detail = chooseLevelOfDetail({ marksInView, pxPerDay: view.pxPerDay, marksFit: fit !== null });
  const frame: TimelineFrame = { view, lanes, detail, marksInView, meetingsOnDaysInView, markSize: fit?.size ?? largest, marks: [], labels: [], bars: [] };

  if (detail.kind === "marks" && fit) {
    // Rows as tall as the rows in view allow (up to a label's height): a quiet year of a
    // busy lane gets readable rows even if some other decade stacked ten deep.
    const rowLayout = lanes.map((band, lane) => {
      const inner = band.height - 2 * style.lanePadding;
      const minRow = fit.size + style.rowGap;
      const shown = Math.max(1, fit.rowsInView[lane]!);
      const rowHeight = Math.min(style.maxRowHeight, Math.max(minRow, inner / shown));
      return { rowHeight, top: band.top + style.lanePadding + Math.max(0, (inner - shown * rowHeight) / 2) };
    });
    for (let i = lo; i < hi; i++) {
      if (!visibility.visible[i]) continue;
      const lane = model.lane[i]!;
      const { rowHeight, top } = rowLayout[lane]!;
      const x = (model.day[i]! + 0.5 - view.startDay) * view.pxPerDay;
      frame.marks.push({ index: i, lane, x, y: top + (fit.packing.row[i]! + 0.5) * rowHeight, size: fit.size });
    }
    if (measure) {
      const candidates = frame.marks
        .filter((mark) => rowLayout[mark.lane]!.rowHeight >= style.labelRowHeight)
        .map((mark) => {
          const meeting = model.meetings[mark.index]!;
          return { key: mark.index, x: mark.x, y: mark.y, lane: mark.lane, row: fit.packing.row[mark.index]!, radius: mark.size / 2, full: meetingFullLabel(meeting), short: meetingShortLabel(meeting) };
        });
      frame.labels = placeLabels(candidates, measure, { maxX: view.width });
    }
  } else if (detail.kind === "density") {
    const bins = density[detail.unit];
    // One scale for every lane, so equal counts make equal bars in lanes of unequal height.
    const barScale = Math.min(...lanes.map((band) => band.height - 2 * style.lanePadding - 14)) / Math.max(bins.maxCount, 1);
    const approxBinDays = bins.unit === "month" ? 31 : 366;
    const firstBin = Math.max(bins.firstBin, bins.firstBin + Math.floor((view.startDay - binStartDay(bins.firstBin, bins.unit)) / approxBinDays) - 1);
    for (let bin = firstBin; bin < bins.firstBin + bins.binCount; bin++) {
      const startDay = binStartDay(bin, bins.unit);
      if (startDay >= view.endDay) break;
      const endDay = binStartDay(bin + 1, bins.unit);
      if (endDay <= view.startDay) continue;
      const x = (startDay - view.startDay) * view.pxPerDay;
      const width = (endDay - startDay) * view.pxPerDay;
      lanes.forEach((band, lane) => {
        const slot = lane * bins.binCount + bin - bins.firstBin;
        const count = bins.counts[slot]!;
        if (count === 0) return;
        const bottom = band.top + band.height - style.lanePadding;
        const barTop = bottom - Math.max(2, count * barScale);
        frame.bars.push({ lane, bin, startDay, endDay, x, width, top: band.top, bottom: band.top + band.height, barTop, count, emphasized: bins.emphasized[slot]! });
      });
    }
  }
  return frame;
}
