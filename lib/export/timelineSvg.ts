import { outcomeClasses } from "@/lib/model/outcomeClass";
import type { TimelineFrame } from "@/lib/timeline/frame";
import { glyphForOutcome, glyphPath } from "@/lib/timeline/glyphs";
import { Emphasis, type EmphasisFlags } from "@/lib/timeline/meetingFlags";
import { calloutRect, type SelectionCallout } from "@/lib/timeline/selectionCallouts";
import type { TimelineModel } from "@/lib/timeline/timelineModel";
import { timelineTheme } from "@/lib/theme/theme";
import { escapeXml, px, textWidthEstimate } from "./svgText";
import type { SvgPanel } from "./figureSvg";

export interface TimelineFigureInput {
  /** The frame the canvas last painted (lib/timeline/frame.ts): the same marks, labels and bars. */
  frame: TimelineFrame;
  model: TimelineModel;
  emphasis: EmphasisFlags;
  /** Axis ticks in plot px with their text. */
  ticks: readonly { x: number; text: string }[];
  /** The time window, in plot px. */
  windowBand: readonly [number, number] | null;
  /** The boxed names of selected marks without a label, as the canvas drew them. */
  callouts?: readonly SelectionCallout[];
}

const laneLabelWidth = 210;
const axisHeight = 30;
const fontPx = 12;

/** The timeline as an SVG panel: lane names, lanes, grid, window, marks or bars, labels, the date axis. */
export function timelineSvgPanel({ frame, model, emphasis, ticks, windowBand, callouts = [] }: TimelineFigureInput): SvgPanel {
  const theme = timelineTheme;
  const plotWidth = frame.view.width;
  const lanesHeight = frame.lanes.reduce((sum, lane) => sum + lane.height, 0);
  const parts: string[] = [];
  const plot: string[] = [];
  frame.lanes.forEach((lane, i) => {
    const fill = theme.laneFill[i % 2]!;
    parts.push(`<rect x="0" y="${px(lane.top)}" width="${px(laneLabelWidth + plotWidth)}" height="${px(lane.height)}" fill="${fill}"/>`);
    const info = model.lanes[i];
    if (info) {
      const y = lane.top + lane.height / 2;
      parts.push(`<rect x="8" y="${px(y - 6)}" width="12" height="12" rx="2" fill="${escapeXml(info.color)}" stroke="rgba(27,27,31,0.6)"/>`);
      parts.push(`<text x="26" y="${px(y)}" dominant-baseline="central" font-size="13" font-weight="600">${escapeXml(info.label)}</text>`);
    }
  });
  for (const tick of ticks) plot.push(`<rect x="${px(Math.round(tick.x))}" y="0" width="1" height="${px(lanesHeight)}" fill="${theme.grid}"/>`);
  if (windowBand) {
    const [x0, x1] = windowBand;
    plot.push(`<rect x="${px(x0)}" y="0" width="${px(x1 - x0)}" height="${px(lanesHeight)}" fill="${theme.windowFill}"/>`);
    plot.push(`<rect x="${px(x0 - 1)}" y="0" width="2" height="${px(lanesHeight)}" fill="${theme.windowEdge}"/><rect x="${px(x1 - 1)}" y="0" width="2" height="${px(lanesHeight)}" fill="${theme.windowEdge}"/>`);
  }
  const dim = (index: number) => emphasis.dimOthers && emphasis.emphasis[index] === Emphasis.none;
  for (const pass of [Emphasis.none, Emphasis.highlighted, Emphasis.selected]) {
    for (const mark of frame.marks) {
      if (emphasis.emphasis[mark.index] !== pass) continue;
      const color = escapeXml(model.lanes[mark.lane]!.color);
      const { shape, hollow } = glyphForOutcome[outcomeClasses[model.outcome[mark.index]!] ?? "none"];
      const d = glyphPath(shape, mark.size);
      const opacity = dim(mark.index) ? ` opacity="${theme.dimAlpha}"` : "";
      const at = `transform="translate(${px(mark.x)} ${px(mark.y)})"`;
      if (pass === Emphasis.selected) plot.push(`<circle cx="${px(mark.x)}" cy="${px(mark.y)}" r="${px(mark.size / 2 + 4.5)}" fill="none" stroke="#ffffff" stroke-width="5"/><circle cx="${px(mark.x)}" cy="${px(mark.y)}" r="${px(mark.size / 2 + 4.5)}" fill="none" stroke="${theme.ink}" stroke-width="3"/>`);
      else if (pass === Emphasis.highlighted) plot.push(`<circle cx="${px(mark.x)}" cy="${px(mark.y)}" r="${px(mark.size / 2 + 3)}" fill="none" stroke="${theme.ink}" stroke-width="2"/>`);
      if (hollow) plot.push(`<g ${at}${opacity}><path d="${d}" fill="none" stroke="${theme.ringEdge}" stroke-width="4"/><path d="${d}" fill="none" stroke="${color}" stroke-width="2.4"/></g>`);
      else plot.push(`<path ${at}${opacity} d="${d}" fill="${color}" stroke="${theme.outline}" stroke-width="1"/>`);
    }
  }
  for (const label of frame.labels) {
    const opacity = emphasis.dimOthers && !emphasis.emphasis[label.key] ? ` opacity="0.4"` : "";
    plot.push(`<text x="${px(label.x)}" y="${px(label.y + 0.5)}" dominant-baseline="central" font-size="${fontPx}"${opacity}>${escapeXml(label.text)}</text>`);
  }
  for (const callout of callouts) {
    const rect = calloutRect(callout, fontPx + 6);
    plot.push(`<rect x="${px(rect.left)}" y="${px(rect.top)}" width="${px(rect.width)}" height="${rect.height}" fill="#ffffff" stroke="${theme.ink}"/>`);
    plot.push(`<text x="${px(callout.x)}" y="${px(callout.y + 0.5)}" dominant-baseline="central" font-size="${fontPx}">${escapeXml(callout.text)}</text>`);
  }
  for (const bar of frame.bars) {
    const color = escapeXml(model.lanes[bar.lane]!.color);
    const height = bar.bottom - 5 - bar.barTop;
    plot.push(`<rect x="${px(bar.x + 0.5)}" y="${px(bar.barTop)}" width="${px(Math.max(1, bar.width - 1))}" height="${px(height)}" fill="${color}" opacity="${emphasis.dimOthers ? 0.3 : 0.9}" stroke="${theme.barEdge}"/>`);
    if (bar.width >= 26) plot.push(`<text x="${px(bar.x + bar.width / 2)}" y="${px(bar.barTop - 2)}" text-anchor="middle" font-size="${fontPx}" font-weight="600">${bar.count}</text>`);
  }
  const axis = [`<line x1="0" x2="${px(plotWidth)}" y1="${px(lanesHeight)}" y2="${px(lanesHeight)}" stroke="#5c5f66"/>`];
  // A date cut by either edge of the plot is left out, as the page's axis does.
  for (const tick of ticks.filter((tick) => tick.x - textWidthEstimate(tick.text, 13) / 2 >= 0 && tick.x + textWidthEstimate(tick.text, 13) / 2 <= plotWidth)) {
    axis.push(`<line x1="${px(tick.x)}" x2="${px(tick.x)}" y1="${px(lanesHeight)}" y2="${px(lanesHeight + 6)}" stroke="#5c5f66"/>`);
    axis.push(`<text x="${px(tick.x)}" y="${px(lanesHeight + 20)}" text-anchor="middle" font-size="13">${escapeXml(tick.text)}</text>`);
  }
  const clip = `timeline-plot-${Math.round(plotWidth)}-${Math.round(lanesHeight)}`;
  const body = [
    `<g id="timeline">`,
    ...parts,
    `<clipPath id="${clip}"><rect x="0" y="-12" width="${px(plotWidth)}" height="${px(lanesHeight + axisHeight + 12)}"/></clipPath>`,
    `<g transform="translate(${laneLabelWidth} 0)" clip-path="url(#${clip})">`,
    ...plot,
    ...axis,
    `</g>`,
    `<line x1="${laneLabelWidth}" x2="${laneLabelWidth}" y1="0" y2="${px(lanesHeight)}" stroke="#c9ccd2"/>`,
    `</g>`,
  ].join("");
  return { width: laneLabelWidth + plotWidth, height: lanesHeight + axisHeight, body };
}
