"use client";

import { AxisBottom, type TickRendererProps } from "@visx/axis";
import type { ScaleTime } from "d3";
import { memo, useSyncExternalStore } from "react";
import type { ValueSource } from "@/components/hooks/valueSource";
import type { PresidencyMonth } from "@/lib/model/dataset";
import { formatTick } from "@/lib/timeline/dates";
import { presidencyLabels } from "@/lib/timeline/presidencyLabels";
import type { DayView } from "@/lib/timeline/zoomMath";
import { createTextMeasurer } from "./measureText";
import styles from "./Timeline.module.css";

export const AXIS_HEIGHT = 58;
const PRESIDENCY_Y = 46;
const measurePresidency = createTextMeasurer("14px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif");

/** Ticks for a plot this wide (a phone's three months get a name each); the canvas draws its grid lines on the same ticks. */
export function axisTickCount(width: number): number {
  return Math.max(3, Math.floor(width / 120));
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
}

/**
 * Plain <text> labels: visx's default <Text> measures every word through the DOM on each
 * render, which would force a layout on every zoom frame.
 */
function TickLabel({ x, y, formattedValue }: TickRendererProps) {
  return (
    <text x={x} y={y} dy="0.35em" textAnchor="middle" fontSize={14} fill="#1b1b1f">
      {formattedValue}
    </text>
  );
}

/**
 * The time axis (visx) with the month's presiding state under it. It reads the zoomed
 * scale the renderer publishes each frame: this small SVG is the only React that renders
 * during a zoom.
 */
export const TimelineAxis = memo(function TimelineAxis({ viewport, presidencies, presidentOf }: TimelineAxisProps) {
  const current = useSyncExternalStore(viewport.subscribe, viewport.get, () => null);
  if (!current) return <svg className={styles.axis} height={AXIS_HEIGHT} width="100%" aria-hidden="true" />;
  const { xScale, view } = current;
  const labels = presidencyLabels(presidencies, presidentOf, view, measurePresidency);
  // A tick label at the very right edge would be cut in half by the viewport.
  const tickValues = xScale.ticks(axisTickCount(view.width)).filter((tick) => xScale(tick) <= view.width - 24);
  return (
    <svg className={styles.axis} width={view.width} height={AXIS_HEIGHT} aria-hidden="true">
      <AxisBottom scale={xScale} tickValues={tickValues} tickFormat={(value) => formatTick(value as Date)} stroke="#5c5f66" tickStroke="#5c5f66" tickLength={6} tickComponent={TickLabel} />
      <g fontSize={14} fill="#3d4048">
        {labels.map((label) => (
          <g key={label.month}>
            {Number.isNaN(label.monthStartX) ? null : <line x1={label.monthStartX} x2={label.monthStartX} y1={PRESIDENCY_Y - 13} y2={PRESIDENCY_Y + 4} stroke="#b9bdc5" />}
            <text x={label.x} y={PRESIDENCY_Y} textAnchor="middle">
              {label.text}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
});
