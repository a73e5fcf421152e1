import type { ViewTransform } from "./viewFit";

// Where a user has put the graph's view, said so that another screen shows the same part
// of it: the point at the centre of the panel, in layout units, and how many layout units
// the panel's shorter side spans. A transform (pixels) would frame another part of the
// graph in a panel of another size; a frame does not.

export interface ViewFrame {
  x: number;
  y: number;
  span: number;
}

interface Size {
  width: number;
  height: number;
}

/** Spans a link may ask for: from a few nodes to far more than the widest layout. */
export const frameSpanLimits = { min: 1, max: 1e5 } as const;
/** Centres a link may ask for, in layout units either way. */
export const frameCentreLimit = 1e5;

const round1 = (value: number) => Math.round(value * 10) / 10;

/** The frame a transform shows in a panel; null for a panel without size. */
export function frameOfTransform(transform: ViewTransform, size: Size): ViewFrame | null {
  if (size.width <= 0 || size.height <= 0 || !(transform.k > 0)) return null;
  return {
    x: round1((size.width / 2 - transform.x) / transform.k),
    y: round1((size.height / 2 - transform.y) / transform.k),
    span: round1(Math.min(size.width, size.height) / transform.k),
  };
}

/** The transform that shows a frame in a panel of this size. */
export function transformOfFrame(frame: ViewFrame, size: Size): ViewTransform {
  const k = Math.min(size.width, size.height) / frame.span;
  return { k, x: size.width / 2 - frame.x * k, y: size.height / 2 - frame.y * k };
}

export const sameFrame = (a: ViewFrame | null, b: ViewFrame | null) => a === b || (a !== null && b !== null && a.x === b.x && a.y === b.y && a.span === b.span);

/** "12.3,-40,380": the frame as a link carries it. */
export const formatFrame = (frame: ViewFrame) => `${frame.x},${frame.y},${frame.span}`;

/** A frame from a link's text; null for anything but three numbers with a centre and a span in range. */
export function parseFrame(text: string): ViewFrame | null {
  const parts = text.split(",");
  if (parts.length !== 3 || parts.some((part) => !/^-?\d{1,6}(?:\.\d{1,3})?$/.test(part))) return null;
  const [x, y, span] = parts.map(Number) as [number, number, number];
  if (Math.abs(x) > frameCentreLimit || Math.abs(y) > frameCentreLimit || span < frameSpanLimits.min || span > frameSpanLimits.max) return null;
  return { x, y, span };
}
