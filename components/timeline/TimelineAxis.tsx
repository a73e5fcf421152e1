"use client";

import type { ScaleTime } from "d3";
import { memo, useSyncExternalStore } from "react";
import type { ValueSource } from "@/components/hooks/valueSource";
import type { PresidencyMonth } from "@/lib/model/dataset";
import { formatTick } from "@/lib/timeline/dates";
import { presidencyGaps } from "@/lib/timeline/presidencyGaps";
import { presidencyLabels } from "@/lib/timeline/presidencyLabels";
import type { DayView } from "@/lib/timeline/zoomMath";
import { createTextMeasurer } from "./measureText";
import { canvasFont } from "@/lib/theme/theme";
import styles from "./Timeline.module.css";

/** The axis's type size in the page's theme; presentation mode asks for larger. */
const AXIS_TEXT_PX = 14;
export const AXIS_HEIGHT = 58;

/** The axis's height for its type size: two lines of text (dates, then the presidency) and the ticks. */
export function axisHeightFor(textPx: number): number {
  return textPx <= AXIS_TEXT_PX ? AXIS_HEIGHT : Math.round(textPx * 2 + 30);
}

/** Ticks for a plot this wide (a phone's three months get a name each); the canvas draws its grid lines on the same ticks. Larger type spaces them wider. */
export function axisTickCount(width: number, textPx = AXIS_TEXT_PX): number {
  return Math.max(3, Math.floor(width / (120 * Math.max(1, (textPx / AXIS_TEXT_PX) * 0.8))));
}

const measurers = new Map<number, ReturnType<typeof createTextMeasurer>>();
function presidencyMeasurer(textPx: number) {
  let measure = measurers.get(textPx);
  if (!measure) {
    measure = createTextMeasurer(canvasFont(textPx));
    measurers.set(textPx, measure);
  }
  return measure;
}

/** The zoomed view and time scale, as the renderer publishes them with every painted frame. */
export interface AxisViewport {
  view: DayView;
  xScale: ScaleTime<number, number>;
}

interface TimelineAxisProps {
  viewport: ValueSource<AxisViewport | null>;
  presidencies: readonly PresidencyMonth[];
  presidentOf: (entityId: string) => { name: string; code: string };
  /** Type size in CSS px; the height follows (axisHeightFor). */
  textPx?: number;
}

const TICK_LENGTH = 6;

/**
 * The time axis with the month's presiding state under it, drawn as a few SVG lines and
 * plain <text>s: a bottom axis needs nothing more, and a library axis cost 8 KB of
 * first-load JavaScript (with a text component that measured every word through the DOM
 * on each render). It reads the zoomed scale the renderer publishes each frame: this small
 * SVG is the only React that renders during a zoom.
 */
export const TimelineAxis = memo(function TimelineAxis({ viewport, presidencies, presidentOf, textPx = AXIS_TEXT_PX }: TimelineAxisProps) {
  const current = useSyncExternalStore(viewport.subscribe, viewport.get, () => null);
  const height = axisHeightFor(textPx);
  if (!current) return <svg className={styles.axis} height={height} width="100%" aria-hidden="true" />;
  const { xScale, view } = current;
  const presidencyY = height - 12;
  const labels = presidencyLabels(presidencies, presidentOf, view, presidencyMeasurer(textPx));
  const gaps = presidencyGaps(presidencies, view, presidencyMeasurer(textPx)).filter((gap) => gap.text !== "");
  // A tick label at the very right edge would be cut in half by the viewport.
  const tickValues = xScale.ticks(axisTickCount(view.width, textPx)).filter((tick) => xScale(tick) <= view.width - textPx * 2);
  return (
    <svg className={styles.axis} width={view.width} height={height} aria-hidden="true">
      <line x1={0} x2={view.width} y1={0.5} y2={0.5} stroke="#5c5f66" />
      <g fontSize={textPx} fill="#1b1b1f" textAnchor="middle">
        {tickValues.map((tick) => {
          const x = xScale(tick);
          return (
            <g key={tick.getTime()} transform={`translate(${x},0)`}>
              <line y1={0} y2={TICK_LENGTH} stroke="#5c5f66" />
              <text y={TICK_LENGTH + 4 + textPx / 2} dy="0.35em">
                {formatTick(tick)}
              </text>
            </g>
          );
        })}
      </g>
      <g fontSize={textPx} fill="#3d4048" data-row="presidency">
        {labels.map((label) => (
          <g key={label.month}>
            {Number.isNaN(label.monthStartX) ? null : <line x1={label.monthStartX} x2={label.monthStartX} y1={presidencyY - textPx} y2={presidencyY + 4} stroke="#b9bdc5" />}
            <text x={label.x} y={presidencyY} textAnchor="middle">
              {label.text}
            </text>
          </g>
        ))}
        {/* Months the data names no president for say so, rather than look like a row nobody presided over. */}
        {gaps.map((gap) => (
          <text key={`gap-${gap.left}`} x={(gap.left + gap.right) / 2} y={presidencyY} textAnchor="middle" fill="#5c5f66" fontStyle="italic" data-presidency-gap="">
            {gap.text}
          </text>
        ))}
      </g>
    </svg>
  );
});
