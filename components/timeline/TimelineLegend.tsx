import { memo } from "react";
import type { OutcomeClass } from "@/lib/model/outcomeClass";
import { outcomeClassLabels } from "@/lib/model/vocabularyLabels";
import { GlyphIcon } from "./GlyphIcon";
import styles from "./Timeline.module.css";

interface TimelineLegendProps {
  /** The outcome classes that occur in the data, in legend order. */
  outcomes: readonly OutcomeClass[];
}

/**
 * Glyph shapes for outcomes, and, apart from them, how the selection shows: two lists
 * under their own titles. Lane colours are labelled beside each lane.
 */
export const TimelineLegend = memo(function TimelineLegend({ outcomes }: TimelineLegendProps) {
  return (
    <div className={styles.legend}>
      <ul className={styles.legendGroup} aria-label="Outcome of each meeting">
        <li className={styles.legendTitle} aria-hidden="true">
          Outcome:
        </li>
        {outcomes.map((outcome) => (
          <li key={outcome} className={styles.legendItem}>
            <GlyphIcon outcome={outcome} />
            {outcomeClassLabels[outcome]}
          </li>
        ))}
      </ul>
      <ul className={styles.legendGroup} aria-label="Selection">
        <li className={styles.legendTitle} aria-hidden="true">
          Selection:
        </li>
        <li className={styles.legendItem}>
          <RingedMark ringRadius={8.5} ringWidth={3} />
          Selected
        </li>
        <li className={styles.legendItem}>
          <RingedMark ringRadius={7.5} ringWidth={2} />
          Linked to the selection
        </li>
      </ul>
      <ul className={styles.legendGroup} aria-label="Sources">
        <li className={styles.legendItem}>
          <svg width={22} height={22} viewBox="-11 -11 22 22" aria-hidden="true" focusable="false">
            <circle r={5} fill="#5c5f66" />
            <circle cx={5} cy={-5} r={3} fill="#1b1b1f" stroke="#ffffff" strokeWidth={1.5} />
          </svg>
          Participants known
        </li>
      </ul>
    </div>
  );
});

/** A mark with the ring the timeline draws around a selected (thick) or linked (thin) meeting. */
function RingedMark({ ringRadius, ringWidth }: { ringRadius: number; ringWidth: number }) {
  return (
    <svg width={22} height={22} viewBox="-11 -11 22 22" aria-hidden="true" focusable="false">
      <circle r={ringRadius} fill="none" stroke="#1b1b1f" strokeWidth={ringWidth} />
      <circle r={4.5} fill="#5c5f66" />
    </svg>
  );
}
