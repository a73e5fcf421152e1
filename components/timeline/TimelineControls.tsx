import { memo } from "react";
import type { TimeWindow } from "@/lib/store/types";
import { formatDate } from "@/lib/text/calendar";
import styles from "./Timeline.module.css";

interface TimelineControlsProps {
  timeWindow: TimeWindow | null;
  onZoomIn(): void;
  onZoomOut(): void;
  onReset(): void;
  onWindowFromView(): void;
  onClearWindow(): void;
}

export const TimelineControls = memo(function TimelineControls({ timeWindow, onZoomIn, onZoomOut, onReset, onWindowFromView, onClearWindow }: TimelineControlsProps) {
  return (
    <div className={styles.controls} role="group" aria-label="Timeline controls">
      <button type="button" className={styles.button} onClick={onZoomIn} aria-label="Zoom in" title="Zoom in (+)">
        +
      </button>
      <button type="button" className={styles.button} onClick={onZoomOut} aria-label="Zoom out" title="Zoom out (−)">
        −
      </button>
      <button type="button" className={styles.button} onClick={onReset} aria-label="Reset zoom" title="Show everything (0)">
        Reset
      </button>
      {timeWindow ? (
        <>
          <span className={styles.windowText} aria-live="polite">
            Window: {formatDate(timeWindow.start)} – {formatDate(timeWindow.end)}
          </span>
          <button type="button" className={styles.button} onClick={onClearWindow}>
            Clear window
          </button>
        </>
      ) : (
        <button type="button" className={styles.button} onClick={onWindowFromView} title="The graph and the lists then show only these meetings (or Shift-drag on the timeline)">
          Keep only meetings in view
        </button>
      )}
    </div>
  );
});
