import type { LabelBox } from "@/lib/graph/labels";
import type { Insets } from "@/lib/graph/viewFit";

// Where GraphView.module.css puts the buttons over the canvas: the "Entity list" toggle
// at the top right (.topBar) and the zoom buttons at the bottom right (.zoomControls).

/** Room a fitted graph keeps at each edge, clear of the buttons. */
export const fitInsets: Insets = { top: 44, right: 48, bottom: 16, left: 16 };

/** The buttons' rectangles in canvas pixels, with a little room around them: labels keep off. */
export function controlAreas(width: number, height: number): LabelBox[] {
  return [
    { x0: width - 112, y0: 0, x1: width, y1: 44 },
    { x0: width - 48, y0: height - 124, x1: width, y1: height },
  ];
}
