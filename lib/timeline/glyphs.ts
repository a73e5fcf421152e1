import type { OutcomeClass } from "@/lib/model/outcomeClass";

// Each outcome has its own SHAPE, so the glyphs read without colour (colour is the
// lane's). The same path data draws the canvas marks (Path2D) and the legend (<path>).

export type GlyphShape = "circle" | "diamond" | "cross" | "square" | "triangle-down" | "triangle-up" | "ring";

export interface Glyph {
  shape: GlyphShape;
  /** Hollow glyphs are drawn as a thick outline in the lane colour on the background. */
  hollow: boolean;
}

export const glyphForOutcome: Record<OutcomeClass, Glyph> = {
  resolution: { shape: "circle", hollow: false },
  "presidential-statement": { shape: "diamond", hollow: false },
  "vetoed-draft": { shape: "cross", hollow: false },
  communique: { shape: "square", hollow: false },
  "draft-not-adopted": { shape: "triangle-down", hollow: false },
  other: { shape: "triangle-up", hollow: false },
  none: { shape: "ring", hollow: true },
};

const round = (value: number) => Math.round(value * 100) / 100;

function polygon(points: Array<[number, number]>): string {
  return `M${points.map(([x, y]) => `${round(x)},${round(y)}`).join("L")}Z`;
}

function circle(r: number): string {
  return `M${round(r)},0A${round(r)},${round(r)} 0 1 1 ${round(-r)},0A${round(r)},${round(r)} 0 1 1 ${round(r)},0Z`;
}

/** SVG path data for a glyph centred on (0, 0) that fits a size × size box. */
export function glyphPath(shape: GlyphShape, size: number): string {
  const h = size / 2;
  switch (shape) {
    case "circle":
      return circle(h * 0.92);
    case "ring":
      return circle(h * 0.72);
    case "diamond":
      return polygon([[0, -h], [h, 0], [0, h], [-h, 0]]);
    case "square":
      return polygon([[-h * 0.82, -h * 0.82], [h * 0.82, -h * 0.82], [h * 0.82, h * 0.82], [-h * 0.82, h * 0.82]]);
    case "triangle-down":
      return polygon([[-h, -h * 0.8], [h, -h * 0.8], [0, h]]);
    case "triangle-up":
      return polygon([[0, -h], [h, h * 0.8], [-h, h * 0.8]]);
    case "cross": {
      // An X with arms a third of the box wide: the veto is the boldest mark.
      const a = h * 0.36;
      const e = h;
      return polygon([
        [-e, -e + a], [-e + a, -e], [0, -a], [e - a, -e], [e, -e + a], [a, 0],
        [e, e - a], [e - a, e], [0, a], [-e + a, e], [-e, e - a], [-a, 0],
      ]);
    }
  }
}
