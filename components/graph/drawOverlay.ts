import { DisplayState, type GraphDisplay } from "@/lib/graph/display";
import { screenRadius } from "@/lib/graph/nodeSize";
import { dimmedLabelColor, edgeAlpha, focusColor, labelColor, labelHalo, labelHaloWidth, nodeAlpha, nodeStyle } from "@/lib/graph/palette";
import type { DrawGroups, Scene } from "@/lib/graph/scene";
import { canvasFont, focusRingWidthPx, graphTheme, type GraphTextTheme } from "@/lib/theme/theme";
import { drawEdges, drawNodes, ring, type LayerFrame } from "./drawLayer";
import type { DrawnLabel } from "./LabelCache";

/** What the page's canvas draws over the graph, at the current view. */
export interface Frame extends LayerFrame {
  ctx: CanvasRenderingContext2D;
  scene: Scene & { edgeCount: number };
  display: GraphDisplay;
  labels: readonly DrawnLabel[];
  hover: number;
  focus: number;
  font: string;
  dimmedFont: string;
  fontSize: number;
  /** Colours of the names and their halo (presentation mode's are darker). */
  textColors?: GraphTextTheme;
}

/** The lines from nodes to their names set apart, under the names, in the names' colour. */
function drawLeaders(frame: Frame) {
  const { ctx, positions } = frame;
  const { k, x: tx, y: ty } = frame.transform;
  ctx.beginPath();
  for (const label of frame.labels) {
    if (!label.leader || label.index === frame.hover || label.index === frame.focus) continue;
    const x = positions[label.index * 2]! * k + tx;
    const y = positions[label.index * 2 + 1]! * k + ty;
    ctx.moveTo(x + label.leader.x0, y + label.leader.y0);
    ctx.lineTo(x + label.leader.x1, y + label.leader.y1);
  }
  ctx.lineWidth = Math.max(1, frame.fontSize / 12);
  ctx.strokeStyle = frame.textColors?.label ?? labelColor;
  ctx.stroke();
}

function drawLabels(frame: Frame) {
  const { ctx, positions, display, width, height, fontSize } = frame;
  const { k, x: tx, y: ty } = frame.transform;
  ctx.textBaseline = "top";
  ctx.lineJoin = "round";
  drawLeaders(frame);
  ctx.lineWidth = labelHaloWidth;
  ctx.strokeStyle = frame.textColors?.halo ?? labelHalo;
  // Dimmed names first and lighter, so the selection's own are drawn over them.
  for (const dimmed of [true, false]) {
    ctx.font = dimmed ? frame.dimmedFont : frame.font;
    ctx.fillStyle = dimmed ? (frame.textColors?.dimmedLabel ?? dimmedLabelColor) : (frame.textColors?.label ?? labelColor);
    for (const label of frame.labels) {
      // The hovered or focused node has its caption instead.
      if (label.index === frame.hover || label.index === frame.focus) continue;
      if ((display.nodeState[label.index] === DisplayState.dimmed) !== dimmed) continue;
      const nodeX = positions[label.index * 2]! * k + tx;
      let x = nodeX + label.dx;
      const y = positions[label.index * 2 + 1]! * k + ty + label.dy;
      // Between placements (a pan keeps the labels until it pauses), one cut by an edge
      // reads better on the node's other side (one on a line stays at its end).
      const right = !label.leader && label.dx > 0;
      const left = !label.leader && label.dx + label.width < 0;
      const beside = right ? label.dx : -label.dx - label.width;
      if (right && x + label.width > width - 2 && nodeX - beside - label.width >= 2) x = nodeX - beside - label.width;
      else if (left && x < 2 && nodeX + beside + label.width <= width - 2) x = nodeX + beside;
      if (x > width || y > height || x + label.width < 0 || y + fontSize < 0) continue;
      ctx.strokeText(label.text, x, y);
      ctx.fillText(label.text, x, y);
    }
  }
}

function describe(frame: Frame, node: number): [string, string] {
  const data = frame.scene.graph.nodes[node]!;
  if (data.kind === "meeting") return [`Meeting ${data.label}`, data.detail ?? ""];
  const count = data.meetingCount === 1 ? "1 meeting" : `${data.meetingCount} meetings`;
  return [data.label, [nodeStyle[data.kind].label, count, data.detail].filter(Boolean).join(" · ")];
}

/** A two-line caption beside a node: name, then kind and meetings. */
function drawCaption(frame: Frame, node: number, border: string) {
  const { ctx, positions, scene, width, height, fontSize } = frame;
  const { k, x: tx, y: ty } = frame.transform;
  const [title, subtitle] = describe(frame, node);
  ctx.font = canvasFont(fontSize + 1, 600);
  const titleWidth = ctx.measureText(title).width;
  ctx.font = frame.font;
  const subtitleWidth = Math.min(ctx.measureText(subtitle).width, 360);
  const boxWidth = Math.max(titleWidth, subtitleWidth) + 16;
  const boxHeight = fontSize * 2 + 18;
  const r = screenRadius(scene.radii[node]!, k);
  let x = positions[node * 2]! * k + tx + r + 10;
  let y = positions[node * 2 + 1]! * k + ty - boxHeight / 2;
  if (x + boxWidth > width - 4) x = positions[node * 2]! * k + tx - r - 10 - boxWidth;
  y = Math.min(Math.max(4, y), height - boxHeight - 4);
  x = Math.max(4, x);
  ctx.globalAlpha = 1;
  ctx.fillStyle = graphTheme.captionFill;
  ctx.strokeStyle = border;
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  ctx.roundRect(x, y, boxWidth, boxHeight, 4);
  ctx.fill();
  ctx.stroke();
  ctx.fillStyle = labelColor;
  ctx.textBaseline = "top";
  ctx.font = canvasFont(fontSize + 1, 600);
  ctx.fillText(title, x + 8, y + 6);
  ctx.font = frame.font;
  ctx.fillStyle = graphTheme.captionDetail;
  ctx.fillText(subtitle, x + 8, y + 10 + fontSize, 360);
}

function drawHover(frame: Frame) {
  const { scene, display, hover } = frame;
  const neighbours: number[] = [hover];
  const byStyle = new Map<number, number[]>();
  for (let a = scene.adjacencyStart[hover]!; a < scene.adjacencyStart[hover + 1]!; a++) {
    const edge = scene.adjacencyEdges[a]!;
    if (!display.edgeState[edge]) continue;
    const list = byStyle.get(scene.edgeStyle[edge]!) ?? [];
    list.push(edge);
    byStyle.set(scene.edgeStyle[edge]!, list);
    const s = scene.edgeEnds[edge * 2]!;
    neighbours.push(s === hover ? scene.edgeEnds[edge * 2 + 1]! : s);
  }
  const edgeGroups = [...byStyle].map(([style, indices]) => ({ state: DisplayState.highlighted, style, indices: Uint32Array.from(indices) }));
  drawEdges(frame, edgeGroups, () => 1, 1.2);
  const nodeGroups = new Map<number, number[]>();
  for (const node of neighbours) {
    const list = nodeGroups.get(scene.nodeKind[node]!) ?? [];
    list.push(node);
    nodeGroups.set(scene.nodeKind[node]!, list);
  }
  drawNodes(frame, [...nodeGroups].map(([style, indices]) => ({ state: DisplayState.highlighted, style, indices: Uint32Array.from(indices) })));
  ring(frame, [hover], labelColor, 1.5, 2);
}

/**
 * Fading the composited layer by this much turns its plain nodes into dimmed ones
 * (alpha 1 to 0.25; meetings and edges come out close to their dimmed strengths too).
 */
const layerFade = 1 - nodeAlpha[DisplayState.dimmed] / nodeAlpha[DisplayState.normal];

/**
 * A new selection over a layer drawn for the display before it (the worker repaints the
 * whole dimmed layer a few frames later): the layer fades to the dimmed strength and the
 * selection's lit part, a few nodes and edges, is drawn on top, so a click shows at once.
 */
export function drawSelectionOver(frame: Frame, lit: DrawGroups): void {
  const { ctx, width, height } = frame;
  ctx.save();
  ctx.globalCompositeOperation = "destination-out";
  ctx.globalAlpha = layerFade;
  ctx.fillRect(0, 0, width, height);
  ctx.restore();
  drawEdges(frame, lit.edges, (state) => edgeAlpha[state as 0 | 1 | 2 | 3 | 4], 1);
  drawNodes(frame, lit.nodes);
}

/** What sits on top of the graph at the current view: labels, hover, keyboard focus. */
export function drawOverlay(frame: Frame): void {
  const { ctx, display } = frame;
  drawLabels(frame);
  if (frame.hover >= 0 && display.nodeState[frame.hover]) {
    drawHover(frame);
    drawCaption(frame, frame.hover, graphTheme.neutral);
  }
  if (frame.focus >= 0 && display.nodeState[frame.focus]) {
    ring(frame, [frame.focus], focusColor, focusRingWidthPx, 5);
    if (frame.focus !== frame.hover) drawCaption(frame, frame.focus, focusColor);
  }
  ctx.globalAlpha = 1;
}
