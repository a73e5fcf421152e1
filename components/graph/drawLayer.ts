import { DisplayState } from "@/lib/graph/display";
import { screenRadius } from "@/lib/graph/nodeSize";
import { edgeAlpha, edgeStyle, inferredAlpha, inferredDash, meetingAlpha, nodeAlpha, nodeStyle, plainEdgeAlpha, selectionColor } from "@/lib/graph/palette";
import { nodeKindOrder, type DrawGroups, type Scene } from "@/lib/graph/scene";
import { addShape } from "@/lib/graph/shapes";
import { edgeKinds } from "@/lib/graph/types";
import type { ViewTransform } from "@/lib/graph/viewFit";

// Drawing the graph itself: no DOM, so the same code paints the page's canvas and, for
// large graphs, an OffscreenCanvas in the layer worker.

export type { ViewTransform };

export type Canvas2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** The flat arrays of a Scene that drawing edges and nodes needs (what the layer worker gets). */
export type LayerScene = Pick<Scene, "nodeCount" | "radii" | "nodeKind" | "edgeEnds" | "edgeStyle"> & { edgeCount: number };

export interface LayerFrame {
  ctx: Canvas2D;
  width: number;
  height: number;
  scene: LayerScene;
  positions: Float32Array;
  transform: ViewTransform;
}

const noDash: number[] = [];
const margin = 40;
/**
 * Shapes per path. Skia rasterises one path of thousands of closed shapes far slower
 * than many paths of a few hundred (5,000 triangles: about 70 ms against 12 ms).
 */
const pathChunk = 200;
/**
 * Lines wider than a pixel leave Skia's hairline path: 12,500 edges at 1.4 px take some
 * 400 ms against 15 ms at 1 px. Large batches are therefore drawn a pixel wide.
 */
const hairlineAbove = 1000;

export function drawEdges(frame: LayerFrame, groups: DrawGroups["edges"], alphaOf: (state: number) => number, widthScale: number) {
  const { ctx, positions, scene, width, height } = frame;
  const { k, x: tx, y: ty } = frame.transform;
  for (const group of groups) {
    const inferred = group.style % 2 === 1;
    const style = edgeStyle[edgeKinds[group.style >> 1]!];
    ctx.globalAlpha = alphaOf(group.state) * (inferred ? inferredAlpha : 1);
    ctx.strokeStyle = style.color;
    const lineWidth = style.width * widthScale * (group.state >= DisplayState.highlighted ? 1.6 : 1);
    ctx.lineWidth = group.indices.length > hairlineAbove ? Math.min(lineWidth, 1) : lineWidth;
    ctx.setLineDash(inferred ? (inferredDash as number[]) : noDash);
    ctx.beginPath();
    let inPath = 0;
    for (const edge of group.indices) {
      const s = scene.edgeEnds[edge * 2]!;
      const t = scene.edgeEnds[edge * 2 + 1]!;
      const x1 = positions[s * 2]! * k + tx;
      const y1 = positions[s * 2 + 1]! * k + ty;
      const x2 = positions[t * 2]! * k + tx;
      const y2 = positions[t * 2 + 1]! * k + ty;
      // Both ends beyond the same side of the view: nothing of the line is visible.
      if ((x1 < -margin && x2 < -margin) || (y1 < -margin && y2 < -margin) || (x1 > width + margin && x2 > width + margin) || (y1 > height + margin && y2 > height + margin)) continue;
      ctx.moveTo(x1, y1);
      ctx.lineTo(x2, y2);
      if (++inPath === pathChunk) {
        ctx.stroke();
        ctx.beginPath();
        inPath = 0;
      }
    }
    ctx.stroke();
  }
  ctx.setLineDash(noDash);
}

export function drawNodes(frame: LayerFrame, groups: DrawGroups["nodes"]) {
  const { ctx, positions, scene, width, height } = frame;
  const { k, x: tx, y: ty } = frame.transform;
  for (const group of groups) {
    const kind = nodeKindOrder[group.style]!;
    const style = nodeStyle[kind];
    ctx.globalAlpha = (kind === "meeting" ? meetingAlpha : nodeAlpha)[group.state as 0 | 1 | 2 | 3 | 4];
    ctx.fillStyle = style.fill;
    ctx.strokeStyle = style.stroke;
    ctx.lineWidth = 1;
    let outlined = false;
    let inPath = 0;
    const paint = () => {
      ctx.fill();
      // Below three pixels an outline only muddies the colour.
      if (outlined && style.shape !== "dot") ctx.stroke();
      ctx.beginPath();
      inPath = 0;
      outlined = false;
    };
    ctx.beginPath();
    for (const node of group.indices) {
      const r = screenRadius(scene.radii[node]!, k);
      const x = positions[node * 2]! * k + tx;
      const y = positions[node * 2 + 1]! * k + ty;
      if (x < -r || y < -r || x > width + r || y > height + r) continue;
      if (r >= 3) outlined = true;
      addShape(ctx, style.shape, x, y, r);
      if (++inPath === pathChunk) paint();
    }
    if (inPath > 0) paint();
    if (group.state === DisplayState.selected) ring(frame, group.indices, selectionColor, 2.5, 3);
  }
  ctx.globalAlpha = 1;
}

/** Outer radius of the selection ring around a node drawn at `radius` pixels. */
export const selectionRingRadius = (radius: number) => radius * 1.25 + 3 + 1.25;

export function ring(frame: LayerFrame, indices: Iterable<number>, color: string, lineWidth: number, gap: number) {
  const { ctx, positions, scene } = frame;
  const { k, x: tx, y: ty } = frame.transform;
  ctx.globalAlpha = 1;
  ctx.beginPath();
  for (const node of indices) {
    const r = screenRadius(scene.radii[node]!, k) * 1.25 + gap;
    const x = positions[node * 2]! * k + tx;
    const y = positions[node * 2 + 1]! * k + ty;
    ctx.moveTo(x + r, y);
    ctx.arc(x, y, r, 0, Math.PI * 2);
  }
  ctx.strokeStyle = color;
  ctx.lineWidth = lineWidth;
  ctx.stroke();
}

/** The graph itself, edges then nodes, on a cleared context (the canvas, or a cached layer). */
export function drawGraphLayer(frame: LayerFrame, groups: DrawGroups): void {
  const { ctx, width, height } = frame;
  ctx.clearRect(0, 0, width, height);
  const plain = plainEdgeAlpha(frame.scene.edgeCount);
  drawEdges(frame, groups.edges, (state) => (state === DisplayState.normal ? plain : edgeAlpha[state as 0 | 1 | 2 | 3 | 4]), 1);
  drawNodes(frame, groups.nodes);
}
