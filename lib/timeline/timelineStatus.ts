import { formatDate } from "@/lib/text/calendar";
import type { TimelineFrame } from "./frame";
import { MAX_MARK_BUTTONS } from "./markLayer";
import { visibleIsoRange } from "./zoomMath";
import { groupDigits } from "@/lib/text/groupDigits";

/**
 * The status line under the legend: what is in view, and how to reach single meetings when
 * they are not reachable yet. Short enough for one line in the explorer's timeline pane at
 * 1280 px, every year's range included: the line never wraps, so a change of text never
 * moves the lanes under it (see Timeline.module.css).
 */
export function timelineStatus(frame: TimelineFrame | null): string {
  if (!frame) return "";
  const { start, end } = visibleIsoRange(frame.view);
  const count = `${groupDigits(frame.meetingsOnDaysInView)} ${frame.meetingsOnDaysInView === 1 ? "meeting" : "meetings"}`;
  const range = `${formatDate(start)} – ${formatDate(end)}`;
  if (frame.detail.kind === "density") return `${range}: ${count}, counted per ${frame.detail.unit}; zoom in to see each.`;
  if (frame.marks.length > MAX_MARK_BUTTONS) return `${range}: ${count}; zoom in to reach each.`;
  return `${range}: ${count}.`;
}
