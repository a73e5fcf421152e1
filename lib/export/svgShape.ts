import { addShape, type PathSink } from "@/lib/graph/shapes";
import type { NodeShape } from "@/lib/graph/palette";
import { px } from "./svgText";

/**
 * SVG path data for a node's shape, made by the same addShape the canvas draws with: the
 * sink writes path commands instead of filling a context. addShape draws only whole
 * circles with arc, which SVG writes as two half arcs.
 */
export function shapePath(shape: NodeShape, x: number, y: number, radius: number): string {
  let d = "";
  const sink: PathSink = {
    moveTo: (mx, my) => void (d += `M${px(mx)} ${px(my)}`),
    lineTo: (lx, ly) => void (d += `L${px(lx)} ${px(ly)}`),
    arc: (cx, cy, r) => void (d += `A${px(r)} ${px(r)} 0 1 1 ${px(cx - r)} ${px(cy)}A${px(r)} ${px(r)} 0 1 1 ${px(cx + r)} ${px(cy)}`),
    rect: (rx, ry, width, height) => void (d += `M${px(rx)} ${px(ry)}h${px(width)}v${px(height)}h${px(-width)}Z`),
    closePath: () => void (d += "Z"),
  };
  addShape(sink, shape, x, y, radius);
  return d;
}
