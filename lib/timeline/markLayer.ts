import type { TimelineFrame } from "./frame";
import { meetingAccessibleName } from "./meetingText";
import type { TimelineModel } from "./timelineModel";
import type { DayView } from "./zoomMath";

// The accessible layer: a button over each mark in view, rebuilt by React only once the
// view has settled. While the view moves, the layer built for the last settled view is
// carried along with a CSS transform, so the buttons stay over their marks.

/** Above this many marks in view the layer is left out; the status line says to zoom in. */
export const MAX_MARK_BUTTONS = 400;

export interface MarkButtonModel {
  id: string;
  /** The accessible name, e.g. "Meeting 4739, 11 April 2003, The Security Council and regional organizations". */
  name: string;
  x: number;
  y: number;
  size: number;
}

/** One button per mark of a settled frame; none for density bars or too many marks. */
export function markButtons(frame: TimelineFrame | null, model: TimelineModel): MarkButtonModel[] {
  if (!frame || frame.detail.kind !== "marks" || frame.marks.length > MAX_MARK_BUTTONS) return [];
  return frame.marks.map((mark) => {
    const meeting = model.meetings[mark.index]!;
    const known = model.known[mark.index] === 1 ? ", participants known" : "";
    return { id: meeting.id, name: `${meetingAccessibleName(meeting)}${known}`, x: mark.x, y: mark.y, size: mark.size };
  });
}

/** True when two frames put the same marks in the same places: a redraw for hover or selection alone. */
export function sameMarkLayout(a: TimelineFrame | null, b: TimelineFrame): boolean {
  if (!a || a.view.startDay !== b.view.startDay || a.view.pxPerDay !== b.view.pxPerDay || a.view.width !== b.view.width) return false;
  if (a.detail.kind !== b.detail.kind || a.marksInView !== b.marksInView || a.marks.length !== b.marks.length || a.markSize !== b.markSize) return false;
  return a.marks.every((mark, i) => mark.index === b.marks[i]!.index && mark.y === b.marks[i]!.y && mark.x === b.marks[i]!.x);
}

/** The CSS transform that carries a layer placed for `placedFor` to the `current` view ("" when none is needed). */
export function markLayerTransform(placedFor: DayView | null, current: DayView): string {
  if (!placedFor) return "";
  const scale = current.pxPerDay / placedFor.pxPerDay;
  const shift = (placedFor.startDay - current.startDay) * current.pxPerDay;
  return Math.abs(scale - 1) < 1e-9 && Math.abs(shift) < 0.01 ? "" : `translate(${shift}px, 0) scaleX(${scale})`;
}
