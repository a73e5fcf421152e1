import type { GlyphShape } from "@/lib/timeline/glyphs";
import { glyphPath } from "@/lib/timeline/glyphs";
import type { NodeShape } from "@/lib/graph/palette";
import { inferredDash } from "@/lib/graph/palette";
import { cssTokens } from "@/lib/theme/theme";
import { shapePath } from "./svgShape";
import { escapeXml, px, textWidthEstimate, wrapText } from "./svgText";

/** One view drawn as SVG, in its own coordinates from (0, 0). */
export interface SvgPanel {
  width: number;
  height: number;
  body: string;
}

export type LegendEntry =
  | { kind: "glyph"; shape: GlyphShape; hollow: boolean; label: string }
  | { kind: "swatch"; color: string; label: string }
  | { kind: "node"; shape: NodeShape; fill: string; stroke: string; label: string }
  | { kind: "line"; color: string; width: number; dashed: boolean; label: string };

export interface LegendGroup {
  title: string;
  entries: readonly LegendEntry[];
}

export interface FigureInput {
  title: string;
  panels: readonly SvgPanel[];
  legend: readonly LegendGroup[];
  /** Which sources, which date: printed under the figure. */
  sourceLine: string;
}

const pad = 24;
const gap = 24;
const titlePx = 22;
const legendPx = 13;
const legendRow = 24;
const sourcePx = 12;

function legendSample(entry: LegendEntry, x: number, y: number): string {
  switch (entry.kind) {
    case "glyph": {
      const d = glyphPath(entry.shape, 12);
      return entry.hollow
        ? `<path transform="translate(${px(x + 8)} ${px(y)})" d="${d}" fill="none" stroke="#5c5f66" stroke-width="2.4"/>`
        : `<path transform="translate(${px(x + 8)} ${px(y)})" d="${d}" fill="#5c5f66" stroke="rgba(27,27,31,0.8)"/>`;
    }
    case "swatch":
      return `<rect x="${px(x + 2)}" y="${px(y - 6)}" width="12" height="12" rx="2" fill="${escapeXml(entry.color)}" stroke="rgba(27,27,31,0.6)"/>`;
    case "node":
      return `<path d="${shapePath(entry.shape, x + 8, y, entry.shape === "dot" ? 3 : 6)}" fill="${entry.fill}" stroke="${entry.stroke}"/>`;
    case "line":
      return `<line x1="${px(x)}" x2="${px(x + 24)}" y1="${px(y)}" y2="${px(y)}" stroke="${entry.color}" stroke-width="${px(Math.max(1.5, entry.width * 1.4))}"${entry.dashed ? ` stroke-dasharray="${inferredDash.join(" ")}"` : ""}/>`;
  }
}

/** The legend laid out in rows as wide as the figure; returns its SVG and height. */
function legendSvg(groups: readonly LegendGroup[], width: number): { svg: string; height: number } {
  const parts: string[] = [];
  let y = legendRow / 2;
  for (const group of groups) {
    let x = 0;
    parts.push(`<text x="0" y="${px(y)}" dominant-baseline="central" font-size="${legendPx}" font-weight="700">${escapeXml(group.title)}</text>`);
    // Bold titles run wider than the estimate for regular text.
    x += textWidthEstimate(group.title, legendPx) * 1.15 + 16;
    for (const entry of group.entries) {
      const sampleWidth = entry.kind === "line" ? 30 : 20;
      const itemWidth = sampleWidth + textWidthEstimate(entry.label, legendPx) + 18;
      if (x + itemWidth > width && x > 0) {
        x = 0;
        y += legendRow;
      }
      parts.push(legendSample(entry, x, y));
      parts.push(`<text x="${px(x + sampleWidth)}" y="${px(y)}" dominant-baseline="central" font-size="${legendPx}">${escapeXml(entry.label)}</text>`);
      x += itemWidth;
    }
    y += legendRow;
  }
  return { svg: `<g id="legend" aria-label="Legend">${parts.join("")}</g>`, height: y - legendRow / 2 };
}

/** A whole figure: title, the panels side by side, the legend and the source line, on white. */
export function figureSvg({ title, panels, legend, sourceLine }: FigureInput): { svg: string; width: number; height: number } {
  const panelsWidth = panels.reduce((sum, panel) => sum + panel.width, 0) + gap * Math.max(0, panels.length - 1);
  const panelsHeight = Math.max(0, ...panels.map((panel) => panel.height));
  const innerWidth = Math.max(panelsWidth, 480);
  const width = Math.ceil(innerWidth + pad * 2);
  const legendPart = legendSvg(legend, innerWidth);
  const panelsTop = pad + titlePx + 14;
  const legendTop = panelsTop + panelsHeight + 18;
  const sourceTop = legendTop + legendPart.height + 18;
  const sourceLines = wrapText(sourceLine, innerWidth, sourcePx);
  const sourceLineHeight = sourcePx * 1.4;
  const height = Math.ceil(sourceTop + sourceLines.length * sourceLineHeight + pad);
  let x = pad;
  const placed = panels.map((panel) => {
    const part = `<g transform="translate(${px(x)} ${px(panelsTop)})">${panel.body}</g>`;
    x += panel.width + gap;
    return part;
  });
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(cssTokens.fontSans)}" fill="${cssTokens.fg}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text id="title" x="${pad}" y="${pad}" dominant-baseline="hanging" font-size="${titlePx}" font-weight="700">${escapeXml(title)}</text>`,
    ...placed,
    `<g transform="translate(${pad} ${px(legendTop)})">${legendPart.svg}</g>`,
    `<text id="source-line" x="${pad}" y="${px(sourceTop)}" dominant-baseline="hanging" font-size="${sourcePx}" fill="${cssTokens.fgSecondary}">${sourceLines
      .map((line, i) => `<tspan x="${pad}" dy="${i === 0 ? 0 : px(sourceLineHeight)}">${escapeXml(line)}</tspan>`)
      .join("")}</text>`,
    `</svg>`,
  ].join("");
  return { svg, width, height };
}
