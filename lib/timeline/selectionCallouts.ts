import { markAcrossPlot, type FrameMark, type TimelineFrame } from "./frame";
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
  /** The box's height (the text's size and its padding), for keeping linked meetings' boxes off what is drawn. */
  boxHeight?: number;
}

/** The white box a callout's text sits in (the canvas, the exported SVG and the placement all use it), for a box `height` tall. */
export function calloutRect(callout: Pick<SelectionCallout, "x" | "y" | "width">, height: number): { left: number; top: number; width: number; height: number } {
  return { left: callout.x - 3, top: callout.y - height / 2, width: callout.width + 6, height };
}

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** While the selection leaves no more marks than this unnamed, linked ones are named over their neighbours too. */
const namedAnyway = 3;

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Names for the selection's marks the frame left unlabelled: in a lane too short for label
 * rows (a busy lane on a 768 px screen) a clicked meeting showed as a ring with no number,
 * and so did the one meeting the African Union took part in once the AU was chosen.
 *
 * The selected marks are named when there are at most `max` of them; the marks linked to
 * the selection too, while all of them together are no more than `max`. Each box goes
 * where it covers no other mark, label or box, right of its mark or else left of it, so
 * seven meetings of a crowded March do not hide each other's numbers. With no clear side,
 * a selected mark is named anyway, right of it (left near the plot's right edge, never
 * left of the plot), over what lies there; so is a linked one while they are very few (at
 * most 3 with the selected), and otherwise it goes unnamed. None when the frame draws bars.
 */
export function selectionCallouts(
  frame: Pick<TimelineFrame, "marks" | "labels" | "view">,
  /** A meeting's Emphasis (lib/timeline/meetingFlags): selected, linked to the selection (highlighted) or none. */
  emphasisOf: (index: number) => number,
  textOf: (index: number) => string,
  measure: (text: string) => number,
  { gap = 6, max = 8, boxHeight = 18 }: CalloutOptions = {},
): SelectionCallout[] {
  // Runs on every frame of a zoom: with nothing selected, one pass over the marks and no more.
  const emphasised = frame.marks.filter((mark) => emphasisOf(mark.index) !== Emphasis.none && markAcrossPlot(mark, frame.view));
  if (emphasised.length === 0) return [];
  const labelled = new Set(frame.labels.map((label) => label.key));
  const unnamed = emphasised.filter((mark) => !labelled.has(mark.index));
  const selected = unnamed.filter((mark) => emphasisOf(mark.index) === Emphasis.selected);
  const linked = unnamed.length <= max ? unnamed.filter((mark) => emphasisOf(mark.index) !== Emphasis.selected) : [];
  if (selected.length > max) return [];

  const boxAt = (x: number, y: number, width: number): Box => {
    const rect = calloutRect({ x, y, width }, boxHeight);
    return { x0: rect.left, x1: rect.left + rect.width, y0: rect.top, y1: rect.top + rect.height };
  };
  const taken: Box[] = frame.labels.map((label) => boxAt(label.x, label.y, label.width));
  const callouts: SelectionCallout[] = [];
  const place = (mark: FrameMark, x: number, width: number, text: string) => {
    callouts.push({ index: mark.index, x, y: mark.y, width, text });
    taken.push(boxAt(x, mark.y, width));
  };
  const defaultSide = (mark: FrameMark, width: number) => {
    const right = mark.x + mark.size / 2 + gap;
    return right + width <= frame.view.width ? right : Math.max(0, mark.x - mark.size / 2 - gap - width);
  };
  // The side of a mark whose box covers no other mark, label or box: right, else left.
  const clearSide = (mark: FrameMark, width: number) =>
    [mark.x + mark.size / 2 + gap, mark.x - mark.size / 2 - gap - width]
      .filter((x) => x >= 0 && x + width <= frame.view.width)
      .find((x) => {
        const box = boxAt(x, mark.y, width);
        if (taken.some((other) => overlaps(box, other))) return false;
        return !frame.marks.some((other) => other !== mark && overlaps(box, { x0: other.x - other.size / 2, x1: other.x + other.size / 2, y0: other.y - other.size / 2, y1: other.y + other.size / 2 }));
      });
  // A few are named whatever they cover (the AU's one meeting in a crowded lane); a selected one always is.
  const fewEnough = selected.length + linked.length <= namedAnyway;
  for (const mark of [...selected, ...linked]) {
    const text = textOf(mark.index);
    const width = measure(text);
    const x = clearSide(mark, width) ?? (fewEnough || emphasisOf(mark.index) === Emphasis.selected ? defaultSide(mark, width) : undefined);
    if (x !== undefined) place(mark, x, width, text);
  }
  return callouts;
}
