import type { NodeShape } from "./palette";

/** The subset of CanvasRenderingContext2D / Path2D a shape needs, so tests can record calls. */
export interface PathSink {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  arc(x: number, y: number, radius: number, start: number, end: number): void;
  rect(x: number, y: number, width: number, height: number): void;
  closePath(): void;
}

/**
 * Adds one node's outline to a path. Shapes of one radius have about the same area, so
 * a square does not look more important than a circle of the same count.
 */
export function addShape(path: PathSink, shape: NodeShape, x: number, y: number, radius: number): void {
  switch (shape) {
    case "circle":
    case "dot":
      path.moveTo(x + radius, y);
      path.arc(x, y, radius, 0, Math.PI * 2);
      return;
    case "square": {
      const half = radius * 0.886;
      path.rect(x - half, y - half, half * 2, half * 2);
      return;
    }
    case "triangle": {
      const r = radius * 1.2;
      path.moveTo(x, y - r);
      path.lineTo(x + r * 0.866, y + r * 0.5);
      path.lineTo(x - r * 0.866, y + r * 0.5);
      path.closePath();
      return;
    }
    case "diamond": {
      const r = radius * 1.25;
      path.moveTo(x, y - r);
      path.lineTo(x + r, y);
      path.lineTo(x, y + r);
      path.lineTo(x - r, y);
      path.closePath();
    }
  }
}
