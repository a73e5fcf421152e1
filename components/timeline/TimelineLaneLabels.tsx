import { memo } from "react";
import type { LaneBand } from "@/lib/timeline/laneLayout";
import type { TimelineLane } from "@/lib/timeline/timelineModel";
import styles from "./Timeline.module.css";

interface TimelineLaneLabelsProps {
  lanes: readonly TimelineLane[];
  /** Where the canvas draws each lane, so label and lane line up. */
  bands: readonly LaneBand[];
  /** Visible meetings per lane, in lane order. */
  counts: readonly number[];
  hiddenLaneIds: readonly string[];
}

/** One label per lane, with its colour: the lane legend. */
export const TimelineLaneLabels = memo(function TimelineLaneLabels({ lanes, bands, counts, hiddenLaneIds }: TimelineLaneLabelsProps) {
  return (
    <ol className={styles.laneLabels} aria-label="Subject areas">
      {lanes.map((lane, i) => {
        const hidden = hiddenLaneIds.includes(lane.id);
        return (
          <li key={lane.id} className={styles.laneLabel} style={{ top: bands[i]?.top ?? 0, height: bands[i]?.height ?? 0 }}>
            <span className={styles.laneSwatch} style={{ background: lane.color }} aria-hidden="true" />
            <span>
              {lane.label}{" "}
              {hidden ? <span className={styles.laneHidden}>(hidden)</span> : <span className={styles.laneCount}>
                  {counts[i] ?? 0}
                  <span className={styles.visuallyHidden}> meetings</span>
                </span>}
            </span>
          </li>
        );
      })}
    </ol>
  );
});
