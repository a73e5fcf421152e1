import { outcomeClasses } from "@/lib/model/outcomeClass";
import type { TimelineFrame } from "@/lib/timeline/frame";
import { glyphForOutcome, glyphPath, type GlyphShape } from "@/lib/timeline/glyphs";
import { Emphasis, type EmphasisFlags } from "@/lib/timeline/meetingFlags";
import { calloutRect, type SelectionCallout } from "@/lib/timeline/selectionCallouts";
import type { TimelineModel } from "@/lib/timeline/timelineModel";
import { timelineTheme, type TimelineTheme } from "@/lib/theme/theme";

export interface PaintOverlays {
  hoverIndex: number;
  /** Store time window, in plot px. */
  windowBand: [number, number] | null;
  /** The band being brushed, in plot px. */
  draftBand: [number, number] | null;
  /** x of the axis ticks, for grid lines. */
  gridXs: readonly number[];
  /** Names of the selection's marks that have no label of their own (lib/timeline/selectionCallouts). */
  callouts?: readonly SelectionCallout[];
}

const pathCache = new Map<string, Path2D>();
function glyph(shape: GlyphShape, size: number): Path2D {
  const key = `${shape}:${size}`;
  let path = pathCache.get(key);
  if (!path) {
    path = new Path2D(glyphPath(shape, size));
    pathCache.set(key, path);
  }
  return path;
}

function paintMark(ctx: CanvasRenderingContext2D, theme: TimelineTheme, dpr: number, x: number, y: number, size: number, color: string, outcome: number) {
  const { shape, hollow } = glyphForOutcome[outcomeClasses[outcome] ?? "none"];
  ctx.setTransform(dpr, 0, 0, dpr, dpr * x, dpr * y);
  const path = glyph(shape, size);
  if (hollow) {
    // A ring in the lane colour with a thin dark edge outside, so light colours still read on white.
    ctx.lineWidth = 4;
    ctx.strokeStyle = theme.ringEdge;
    ctx.stroke(path);
    ctx.lineWidth = 2.4;
    ctx.strokeStyle = color;
    ctx.stroke(path);
  } else {
    ctx.fillStyle = color;
    ctx.fill(path);
    ctx.lineWidth = 1;
    ctx.strokeStyle = theme.outline;
    ctx.stroke(path);
  }
}

/** Meetings whose participants a source lists carry a dark dot at the glyph's upper right. */
function paintKnownDot(ctx: CanvasRenderingContext2D, theme: TimelineTheme, dpr: number, x: number, y: number, size: number) {
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.beginPath();
  ctx.arc(x + size / 2, y - size / 2, 3, 0, Math.PI * 2);
  ctx.fillStyle = theme.ink;
  ctx.fill();
  ctx.lineWidth = 1.5;
  ctx.strokeStyle = "#ffffff";
  ctx.stroke();
}

function ring(ctx: CanvasRenderingContext2D, dpr: number, x: number, y: number, radius: number, width: number, color: string) {
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.beginPath();
  ctx.arc(x, y, radius, 0, Math.PI * 2);
  ctx.lineWidth = width;
  ctx.strokeStyle = color;
  ctx.stroke();
}

function paintMarks(ctx: CanvasRenderingContext2D, theme: TimelineTheme, dpr: number, frame: TimelineFrame, model: TimelineModel, flags: EmphasisFlags) {
  const { emphasis, dimOthers } = flags;
  // Dimmed first, then highlighted, then selected on top.
  for (const pass of [Emphasis.none, Emphasis.highlighted, Emphasis.selected]) {
    ctx.globalAlpha = pass === Emphasis.none && dimOthers ? theme.dimAlpha : 1;
    for (const mark of frame.marks) {
      if (emphasis[mark.index] !== pass) continue;
      const color = model.lanes[mark.lane]!.color;
      if (pass === Emphasis.selected) {
        ring(ctx, dpr, mark.x, mark.y, mark.size / 2 + 4.5, 5, "#ffffff");
        ring(ctx, dpr, mark.x, mark.y, mark.size / 2 + 4.5, 3, theme.ink);
      } else if (pass === Emphasis.highlighted) {
        ring(ctx, dpr, mark.x, mark.y, mark.size / 2 + 3, 2, theme.ink);
      }
      paintMark(ctx, theme, dpr, mark.x, mark.y, mark.size, color, model.outcome[mark.index]!);
      if (model.known[mark.index] === 1) paintKnownDot(ctx, theme, dpr, mark.x, mark.y, mark.size);
    }
  }
  ctx.globalAlpha = 1;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.font = theme.labelFont;
  ctx.textBaseline = "middle";
  ctx.fillStyle = theme.ink;
  for (const label of frame.labels) {
    ctx.globalAlpha = dimOthers && !emphasis[label.key] ? 0.4 : 1;
    ctx.fillText(label.text, label.x, label.y + 0.5);
  }
  ctx.globalAlpha = 1;
}

/** A selected meeting's name in a white box with an ink edge, over whatever rows lie under it. */
function paintCallouts(ctx: CanvasRenderingContext2D, theme: TimelineTheme, dpr: number, callouts: readonly SelectionCallout[]) {
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.font = theme.labelFont;
  ctx.textBaseline = "middle";
  for (const callout of callouts) {
    const rect = calloutRect(callout, theme.textPx + 6);
    const top = Math.round(rect.top) + 0.5;
    const left = Math.round(rect.left) + 0.5;
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(left, top, rect.width, rect.height);
    ctx.lineWidth = 1;
    ctx.strokeStyle = theme.ink;
    ctx.strokeRect(left, top, rect.width, rect.height);
    ctx.fillStyle = theme.ink;
    ctx.fillText(callout.text, callout.x, callout.y + 0.5);
  }
}

function paintBars(ctx: CanvasRenderingContext2D, theme: TimelineTheme, dpr: number, frame: TimelineFrame, model: TimelineModel, dimOthers: boolean) {
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.font = theme.countFont;
  ctx.textAlign = "center";
  ctx.textBaseline = "bottom";
  for (const bar of frame.bars) {
    const color = model.lanes[bar.lane]!.color;
    const x = bar.x + (bar.width > 4 ? 0.5 : 0);
    const width = Math.max(1, bar.width - (bar.width > 4 ? 1 : 0));
    const height = bar.bottom - 5 - bar.barTop;
    ctx.globalAlpha = dimOthers ? 0.3 : 0.9;
    ctx.fillStyle = color;
    ctx.fillRect(x, bar.barTop, width, height);
    ctx.globalAlpha = 1;
    if (width >= 4) {
      // A thin dark edge keeps the light Okabe–Ito colours (sky blue, orange) visible on white.
      ctx.lineWidth = 1;
      ctx.strokeStyle = theme.barEdge;
      ctx.strokeRect(x + 0.5, bar.barTop + 0.5, width - 1, height - 1);
    }
    if (bar.emphasized > 0) {
      const litHeight = Math.max(2, (height * bar.emphasized) / bar.count);
      ctx.fillRect(x, bar.barTop + height - litHeight, width, litHeight);
      ctx.lineWidth = 1.5;
      ctx.strokeStyle = theme.ink;
      ctx.strokeRect(x, bar.barTop + height - litHeight, width, litHeight);
    }
    if (bar.width >= theme.textPx * 2.2 && bar.barTop - bar.top > theme.textPx + 2) {
      ctx.fillStyle = theme.ink;
      ctx.fillText(String(bar.count), bar.x + bar.width / 2, bar.barTop - 1);
    }
  }
  ctx.textAlign = "start";
}

/** Paints one frame. Everything it needs was computed before; this only draws, in the page's theme or presentation's. */
export function paintTimeline(ctx: CanvasRenderingContext2D, dpr: number, frame: TimelineFrame, model: TimelineModel, flags: EmphasisFlags, overlays: PaintOverlays, theme: TimelineTheme = timelineTheme) {
  const { width } = frame.view;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  frame.lanes.forEach((lane, i) => {
    ctx.fillStyle = theme.laneFill[i % 2]!;
    ctx.fillRect(0, lane.top, width, lane.height);
  });
  const height = frame.lanes.reduce((sum, lane) => sum + lane.height, 0);
  ctx.fillStyle = theme.grid;
  for (const x of overlays.gridXs) ctx.fillRect(Math.round(x), 0, 1, height);

  if (overlays.windowBand) {
    const [x0, x1] = overlays.windowBand;
    ctx.fillStyle = theme.windowFill;
    ctx.fillRect(x0, 0, x1 - x0, height);
    ctx.fillStyle = theme.windowEdge;
    ctx.fillRect(x0 - 1, 0, 2, height);
    ctx.fillRect(x1 - 1, 0, 2, height);
  }

  if (frame.detail.kind === "marks") {
    paintMarks(ctx, theme, dpr, frame, model, flags);
    if (overlays.callouts?.length) paintCallouts(ctx, theme, dpr, overlays.callouts);
  } else paintBars(ctx, theme, dpr, frame, model, flags.dimOthers);

  if (overlays.hoverIndex >= 0) {
    const hovered = frame.marks.find((mark) => mark.index === overlays.hoverIndex);
    if (hovered) ring(ctx, dpr, hovered.x, hovered.y, hovered.size / 2 + 6, 2, theme.windowEdge);
  }
  if (overlays.draftBand) {
    const [x0, x1] = overlays.draftBand;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.fillStyle = theme.draftFill;
    ctx.fillRect(Math.min(x0, x1), 0, Math.abs(x1 - x0), height);
    ctx.fillStyle = theme.ink;
    ctx.fillRect(x0 - 1, 0, 2, height);
    ctx.fillRect(x1 - 1, 0, 2, height);
  }
}
