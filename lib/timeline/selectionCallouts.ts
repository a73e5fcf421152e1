import type { TimelineFrame } from "./frame";
import { Emphasis } from "./meetingFlags";

/** A selected or linked meeting's name, boxed over the neighbouring rows where the frame gave it no label. */
export interface SelectionCallout {
  /** Meeting index in the model. */
  index: number;
  /** Left edge and vertical centre of the text, in plot pixels. */
  x: number;
  y: number;
  width: number;
  text: string;
}

export interface CalloutOptions {
  /** Space between the mark's edge and the text. */
  gap?: number;
  /** More marks than this are a pattern the rings show; naming each would bury the lanes. */
  max?: number;
}

/**
 * Names for the selection's marks the frame left unlabelled: in a lane too short for label
 * rows (a busy lane on a 768 px screen) a clicked meeting showed as a ring with no number,
 * and so did the one meeting the African Union took part in once the AU was chosen. The
 * selected marks are named when there are at most `max` of them; the marks linked to the
 * selection too, when all of them together are still no more than `max`. Each callout
 * sits right of its mark, or left of it when the plot's right edge is nearer than the text
 * is long, and never starts left of the plot. None when the frame draws bars.
 */
export function selectionCallouts(
  frame: Pick<TimelineFrame, "marks" | "labels" | "view">,
  /** A meeting's Emphasis (lib/timeline/meetingFlags): selected, linked to the selection (highlighted) or none. */
  emphasisOf: (index: number) => number,
  textOf: (index: number) => string,
  measure: (text: string) => number,
  { gap = 6, max = 8 }: CalloutOptions = {},
): SelectionCallout[] {
  // Runs on every frame of a zoom: with nothing selected, one pass over the marks and no more.
  // The frame also draws marks a little past either edge: a box for one of those would name a mark nobody can see.
  const emphasised = frame.marks.filter((mark) => emphasisOf(mark.index) !== Emphasis.none && mark.x >= 0 && mark.x <= frame.view.width);
  if (emphasised.length === 0) return [];
  const labelled = new Set(frame.labels.map((label) => label.key));
  const unnamed = emphasised.filter((mark) => !labelled.has(mark.index));
  const selected = unnamed.filter((mark) => emphasisOf(mark.index) === Emphasis.selected);
  const named = unnamed.length <= max ? unnamed : selected.length <= max ? selected : [];
  return named.map((mark) => {
    const text = textOf(mark.index);
    const width = measure(text);
    const right = mark.x + mark.size / 2 + gap;
    const x = right + width <= frame.view.width ? right : Math.max(0, mark.x - mark.size / 2 - gap - width);
    return { index: mark.index, x, y: mark.y, width, text };
  });
}
