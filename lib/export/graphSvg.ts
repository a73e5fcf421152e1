import { DisplayState, type GraphDisplay } from "@/lib/graph/display";
import { screenRadius } from "@/lib/graph/nodeSize";
import { edgeAlpha, edgeStyle, inferredAlpha, inferredDash, meetingAlpha, nodeAlpha, nodeStyle, plainEdgeAlpha, selectionColor } from "@/lib/graph/palette";
import { nodeKindOrder, type Scene } from "@/lib/graph/scene";
import type { LeaderLine } from "@/lib/graph/labels";
import { edgeKinds } from "@/lib/graph/types";
import type { ViewTransform } from "@/lib/graph/viewFit";
import { graphTheme } from "@/lib/theme/theme";
import type { SvgPanel } from "./figureSvg";
import { shapePath } from "./svgShape";
import { escapeXml, px } from "./svgText";

export interface GraphFigureInput {
  scene: Pick<Scene, "nodeCount" | "radii" | "nodeKind" | "edgeEnds" | "edgeStyle">;
  display: Pick<GraphDisplay, "nodeState" | "edgeState">;
  /** Layout positions (x, y per node) and the view's transform, as the canvas drew them. */
  positions: Float32Array;
  transform: ViewTransform;
  width: number;
  height: number;
  /** The names the canvas placed: offsets from their node, in px, and the line to a name set apart. */
  labels: readonly { index: number; dx: number; dy: number; text: string; leader?: LeaderLine }[];
  fontPx: number;
}

/** The graph as an SVG panel: the canvas's picture at its view, edges, nodes, selection rings and names. */
export function graphSvgPanel({ scene, display, positions, transform, width, height, labels, fontPx }: GraphFigureInput): SvgPanel {
  const { k, x: tx, y: ty } = transform;
  const at = (node: number): [number, number] => [positions[node * 2]! * k + tx, positions[node * 2 + 1]! * k + ty];
  const parts: string[] = [`<rect width="${px(width)}" height="${px(height)}" fill="${graphTheme.background}"/>`];
  const plain = plainEdgeAlpha(scene.edgeEnds.length / 2);
  for (let edge = 0; edge < scene.edgeEnds.length / 2; edge++) {
    const state = display.edgeState[edge]!;
    if (state === DisplayState.hidden) continue;
    const styleIndex = scene.edgeStyle[edge]!;
    const inferred = styleIndex % 2 === 1;
    const style = edgeStyle[edgeKinds[styleIndex >> 1]!];
    const alpha = (state === DisplayState.normal ? plain : edgeAlpha[state as 0 | 1 | 2 | 3 | 4]) * (inferred ? inferredAlpha : 1);
    const [x1, y1] = at(scene.edgeEnds[edge * 2]!);
    const [x2, y2] = at(scene.edgeEnds[edge * 2 + 1]!);
    const strokeWidth = style.width * (state >= DisplayState.highlighted ? 1.6 : 1);
    parts.push(`<line x1="${px(x1)}" y1="${px(y1)}" x2="${px(x2)}" y2="${px(y2)}" stroke="${style.color}" stroke-width="${px(strokeWidth)}" stroke-opacity="${alpha.toFixed(2)}"${inferred ? ` stroke-dasharray="${inferredDash.join(" ")}"` : ""}/>`);
  }
  // Nodes by state, so the lit ones are drawn over the dimmed.
  for (const pass of [DisplayState.dimmed, DisplayState.normal, DisplayState.highlighted, DisplayState.selected]) {
    for (let node = 0; node < scene.nodeCount; node++) {
      if (display.nodeState[node] !== pass) continue;
      // As the canvas does (drawGroups), a node of a kind outside nodeKindOrder is not drawn.
      const kind = nodeKindOrder[scene.nodeKind[node]!];
      if (!kind) continue;
      const style = nodeStyle[kind];
      const r = screenRadius(scene.radii[node]!, k);
      const [x, y] = at(node);
      if (x < -r || y < -r || x > width + r || y > height + r) continue;
      const alpha = (kind === "meeting" ? meetingAlpha : nodeAlpha)[pass];
      parts.push(`<path d="${shapePath(style.shape, x, y, r)}" fill="${style.fill}" stroke="${style.stroke}" fill-opacity="${alpha}" stroke-opacity="${alpha}"/>`);
      if (pass === DisplayState.selected) parts.push(`<circle cx="${px(x)}" cy="${px(y)}" r="${px(r * 1.25 + 3)}" fill="none" stroke="${selectionColor}" stroke-width="2.5"/>`);
    }
  }
  for (const { index, leader } of labels) {
    if (!leader) continue;
    const [x, y] = at(index);
    parts.push(`<line x1="${px(x + leader.x0)}" y1="${px(y + leader.y0)}" x2="${px(x + leader.x1)}" y2="${px(y + leader.y1)}" stroke="${graphTheme.label}" stroke-width="${px(Math.max(1, fontPx / 12))}"/>`);
  }
  for (const label of labels) {
    const [x, y] = at(label.index);
    const dimmed = display.nodeState[label.index] === DisplayState.dimmed;
    parts.push(
      `<text x="${px(x + label.dx)}" y="${px(y + label.dy)}" dominant-baseline="hanging" font-size="${fontPx}" font-weight="${dimmed ? 400 : 600}" fill="${dimmed ? graphTheme.dimmedLabel : graphTheme.label}" stroke="${graphTheme.labelHalo}" stroke-width="4" stroke-linejoin="round" paint-order="stroke">${escapeXml(label.text)}</text>`,
    );
  }
  const clip = `graph-clip-${Math.round(width)}-${Math.round(height)}`;
  return { width, height, body: `<g id="graph"><clipPath id="${clip}"><rect width="${px(width)}" height="${px(height)}"/></clipPath><g clip-path="url(#${clip})">${parts.join("")}</g></g>` };
}
