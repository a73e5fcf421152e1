import { defaultFrameStyle, type FrameStyle } from "./frame";
import { laneWeights, layoutLanes, type LaneBand } from "./laneLayout";
import type { VisibilityFlags } from "./meetingFlags";
import { packRows, quantizeGap } from "./packRows";
import { lowerBoundDay, type TimelineModel } from "./timelineModel";
import { readableOpening } from "./viewFollow";
import type { DayRange } from "./zoomMath";

/**
 * The lanes' bands for a plot of this size. Weights come from the rows each lane needs at
 * full mark size over the home view: the focus year when there is one (all years open on
 * 2003), else the whole domain. They do not follow the zoom, so lanes never jump under
 * the pointer.
 */
export function laneBandsFor(model: TimelineModel, visibility: VisibilityFlags, home: DayRange | null, width: number, height: number, style: FrameStyle = defaultFrameStyle): LaneBand[] {
  return layoutLanes(homeWeights(model, visibility, home, width, style), height);
}

function homeRows(model: TimelineModel, visibility: VisibilityFlags, home: DayRange | null, width: number, markSize: number, style: FrameStyle, margin = 0): Int16Array {
  const range = home ?? model.domain;
  const pxPerDay = Math.max(width, 1) / (range.endDay - range.startDay);
  const gap = Math.max(1, Math.ceil((markSize + style.markGap) / pxPerDay));
  const visible = visibility.visible.map((shown, i) => (shown && model.day[i]! >= range.startDay - margin && model.day[i]! < range.endDay + margin ? 1 : 0));
  return packRows(model, visible, margin > 0 ? quantizeGap(gap) : gap).rowsByLane;
}

function homeWeights(model: TimelineModel, visibility: VisibilityFlags, home: DayRange | null, width: number, style: FrameStyle): number[] {
  return laneWeights(homeRows(model, visibility, home, width, style.markSizes[0]!, style));
}

/**
 * The least height of the lanes at which the home view (a year) still shows single
 * marks at the smallest mark size: below it (browser zoom at 150 %, a notice open, a
 * short window) the lanes keep this height and scroll instead of turning into bars.
 * Bands share the height by their weights (layoutLanes), so the height is the one at
 * which the lane that needs most, for its weight, gets what it needs. A phone's plot
 * opens on a few months (readableOpening): its lanes need only hold those.
 */
export function minLanesHeight(model: TimelineModel, visibility: VisibilityFlags, home: DayRange | null, width: number, style: FrameStyle = defaultFrameStyle, minLane = 40): number {
  if (width <= 0 || model.lanes.length === 0) return 0;
  const size = style.markSizes[style.markSizes.length - 1]!;
  // Marks a little past either end are drawn too, and the renderer packs at quantized gaps.
  const rows = homeRows(model, visibility, readableOpening(home ?? model.domain, width), width, size, style, 7);
  const weights = homeWeights(model, visibility, home, width, style);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const floor = minLane * weights.length;
  let height = floor;
  weights.forEach((weight, lane) => {
    const need = rows[lane]! * (size + style.rowGap) + 2 * style.lanePadding;
    if (need > minLane) height = Math.max(height, floor + ((need - minLane) * total) / weight);
  });
  return Math.ceil(height);
}

/**
 * Visible meetings per lane, in lane order: the counts beside the lane labels. With
 * `days`, only meetings dated on those days (the days in view), so the lanes add up to
 * the status line's count rather than to every year loaded.
 */
export function visibleCountByLane(model: TimelineModel, visibility: VisibilityFlags, days?: DayRange): number[] {
  const counts = model.lanes.map(() => 0);
  const from = days ? lowerBoundDay(model.day, days.startDay) : 0;
  const to = days ? lowerBoundDay(model.day, days.endDay) : model.meetings.length;
  for (let i = from; i < to; i++) {
    if (visibility.visible[i]) counts[model.lane[i]!]!++;
  }
  return counts;
}
