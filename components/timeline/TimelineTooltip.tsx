import { memo } from "react";
import { useValueSource } from "@/components/hooks/useValueSource";
import type { ValueSource } from "@/components/hooks/valueSource";
import styles from "./Timeline.module.css";
import type { TooltipState } from "./useTimelineInteractions";

/** A meeting that adopted many texts still gets a tooltip that fits the screen. */
const MAX_OUTCOME_LINES = 5;

interface TimelineTooltipProps {
  /** What to show and its anchor in the lanes area's pixels; null: no tooltip. */
  tooltip: ValueSource<TooltipState | null>;
  areaWidth: number;
  areaHeight: number;
}

/**
 * Follows the pointer (or the focused mark); never takes pointer events, so it cannot
 * cover a mark. Reads its own source: hovering re-renders this and nothing else.
 */
export const TimelineTooltip = memo(function TimelineTooltip({ tooltip, areaWidth, areaHeight }: TimelineTooltipProps) {
  const shown = useValueSource(tooltip);
  if (!shown) return null;
  const { content, x, y } = shown;
  const flipX = x > areaWidth - 360;
  const flipY = y > areaHeight * 0.6;
  const style = {
    left: flipX ? undefined : x + 16,
    right: flipX ? areaWidth - x + 16 : undefined,
    top: flipY ? undefined : y + 12,
    bottom: flipY ? areaHeight - y + 12 : undefined,
  };
  return (
    <div className={styles.tooltip} style={style} role="tooltip">
      {content.kind === "meeting" ? (
        <>
          <p className={styles.tooltipDate}>{content.date}</p>
          <p>
            {content.title} · <span className={styles.tooltipMuted}>{content.lane}</span>
          </p>
          <p>{content.topic}</p>
          {content.outcomes.slice(0, MAX_OUTCOME_LINES).map((line, i) => (
            <p key={i} className={styles.tooltipMuted}>
              {line}
            </p>
          ))}
          {content.outcomes.length > MAX_OUTCOME_LINES ? (
            <p className={styles.tooltipMuted}>and {content.outcomes.length - MAX_OUTCOME_LINES} more</p>
          ) : null}
        </>
      ) : (
        <>
          <p className={styles.tooltipDate}>
            {content.period} · {content.lane}
          </p>
          <p>
            {content.count} {content.count === 1 ? "meeting" : "meetings"}
            {content.emphasized > 0 ? `, ${content.emphasized} linked to the selection` : ""}
          </p>
          <p className={styles.tooltipMuted}>Click to zoom in</p>
        </>
      )}
    </div>
  );
});
