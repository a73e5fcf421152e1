import { formatDate, formatMonth } from "@/lib/text/calendar";
import { monthKeyOfIndex } from "./dates";
import type { FrameBar } from "./frame";
import { meetingTitle, outcomeLines } from "./meetingText";
import type { TimelineModel } from "./timelineModel";

export type TooltipContent =
  | { kind: "meeting"; title: string; date: string; topic: string; lane: string; outcomes: readonly string[] }
  | { kind: "bar"; period: string; lane: string; count: number; emphasized: number };

/** What the tooltip says about a meeting: date, number, topic, and each outcome with its vote. */
export function meetingTooltip(model: TimelineModel, index: number, nameOf: (entityId: string) => string): TooltipContent | null {
  const meeting = model.meetings[index];
  if (!meeting) return null;
  return {
    kind: "meeting",
    title: meeting.closed ? `${meetingTitle(meeting)} (closed)` : meetingTitle(meeting),
    date: formatDate(meeting.date),
    topic: meeting.topic,
    lane: model.lanes[model.lane[index]!]?.label ?? "",
    outcomes: outcomeLines(meeting, nameOf),
  };
}

/** What the tooltip says about a density bar: "April 2003 · Africa", 12 meetings. */
export function barTooltip(model: TimelineModel, bar: FrameBar, unit: "month" | "year"): TooltipContent {
  return {
    kind: "bar",
    period: unit === "month" ? formatMonth(monthKeyOfIndex(bar.bin)) : String(bar.bin),
    lane: model.lanes[bar.lane]?.label ?? "",
    count: bar.count,
    emphasized: bar.emphasized,
  };
}
