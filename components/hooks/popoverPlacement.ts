// Where a pop-over goes beside the control that opened it, so that it lies wholly in the
// viewport at any width: below the control when there is room, above it when there is
// more room there (flip), slid sideways to stay inside the edges (clamp), and never
// taller than the room it has (it scrolls inside instead). Pure, so the rules are tested
// without a browser.

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface PopoverPlacement {
  left: number;
  top: number;
  /** The pop-over scrolls inside when its content is taller than this. */
  maxHeight: number;
  side: "below" | "above";
}

export interface PlacementOptions {
  /** Space kept from the viewport's edges. */
  margin?: number;
  /** Space between the control and the pop-over. */
  gap?: number;
}

/**
 * Place a pop-over of `size` for an `anchor` control in a viewport of `viewport` (CSS px,
 * both rects relative to the viewport). It lines up with the anchor's right edge (the
 * controls sit at the right of the header), then is clamped into the viewport.
 */
export function placePopover(anchor: Rect, size: { width: number; height: number }, viewport: { width: number; height: number }, options: PlacementOptions = {}): PopoverPlacement {
  const margin = options.margin ?? 8;
  const gap = options.gap ?? 6;
  const width = Math.min(size.width, viewport.width - 2 * margin);
  const preferredLeft = anchor.left + anchor.width - width;
  const left = Math.max(margin, Math.min(preferredLeft, viewport.width - margin - width));
  const roomBelow = viewport.height - margin - (anchor.top + anchor.height + gap);
  const roomAbove = anchor.top - gap - margin;
  const side = size.height <= roomBelow || roomBelow >= roomAbove ? "below" : "above";
  const room = Math.max(0, side === "below" ? roomBelow : roomAbove);
  const height = Math.min(size.height, room);
  const top = side === "below" ? anchor.top + anchor.height + gap : anchor.top - gap - height;
  return { left, top: Math.max(margin, top), maxHeight: room, side };
}
