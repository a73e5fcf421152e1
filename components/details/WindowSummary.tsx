"use client";

import { meetingListCaption } from "@/lib/details/format";
import { windowOutcomes, windowOutcomesText } from "@/lib/details/voteRecord";
import { useDatasetIndex, useDerivedSelectors, useExplorer } from "@/lib/store/ExplorerStoreProvider";
import { selectTimeWindow } from "@/lib/store/selectors";
import styles from "./Details.module.css";

/** What the meetings in view decided: "2 vetoes: United States ×2; 67 resolutions; 30 presidential statements". */
export function WindowSummary() {
  const index = useDatasetIndex();
  const { selectVisibleMeetings } = useDerivedSelectors();
  const meetings = useExplorer(selectVisibleMeetings);
  const window = useExplorer(selectTimeWindow);
  const nameOf = (id: string) => index.entitiesById.get(id)?.name ?? id;
  return (
    <section className={styles.summary} aria-label="Outcomes in view">
      <h2 className={styles.sectionHeading}>In view</h2>
      <p>{meetingListCaption(meetings.length, window)}: {windowOutcomesText(windowOutcomes(meetings), nameOf)}.</p>
    </section>
  );
}
