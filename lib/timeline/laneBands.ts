import { defaultFrameStyle, type FrameStyle } from "./frame";
import { laneWeights, layoutLanes, type LaneBand } from "./laneLayout";
import type { VisibilityFlags } from "./meetingFlags";
import { packRows } from "./packRows";
import { lowerBoundDay, type TimelineModel } from "./timelineModel";
import type { DayRange } from "./zoomMath";

/**
 * The lanes' bands for a plot of this size. Weights come from the rows each lane needs at
 * full mark size over the home view: the focus year when there is one (all years open on
 * 2003), else the whole domain. They do not follow the zoom, so lanes never jump under
 * the pointer.
 */
export function laneBandsFor(model: TimelineModel, visibility: VisibilityFlags, home: DayRange | null, width: number, height: number, style: FrameStyle = defaultFrameStyle): LaneBand[] {
  const range = home ?? model.domain;
  const pxPerDay = Math.max(width, 1) / (range.endDay - range.startDay);
  const gap = Math.max(1, Math.ceil((style.markSizes[0]! + style.markGap) / pxPerDay));
  const visible = visibility.visible.map((shown, i) => (shown && model.day[i]! >= range.startDay && model.day[i]! < range.endDay ? 1 : 0));
  return layoutLanes(laneWeights(packRows(model, visible, gap).rowsByLane), height);
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
