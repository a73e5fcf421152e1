"use client";

import { useMemo } from "react";
import { countLabel, meetingListCaption } from "@/lib/details/format";
import { councilMembersIn, windowOutcomes, windowOutcomesText } from "@/lib/details/voteRecord";
import { yearRuns } from "@/lib/details/entityEra";
import { useDatasetIndex, useDerivedSelectors, useExplorer } from "@/lib/store/ExplorerStoreProvider";
import { selectTimeWindow } from "@/lib/store/selectors";
import { useChoose } from "@/lib/store/useChoose";
import { EntityButton } from "./EntityButton";
import styles from "./Details.module.css";
import { meetingYears } from "@/lib/model/meetingYears";

/** Above this many years in view, the Council's members are counted, not listed. */
const listedYears = 3;

/**
 * What the meetings in view decided ("2 vetoes: United States ×2; 67 resolutions; 30
 * presidential statements") and who sat on the Council in their years.
 */
export function WindowSummary() {
  const index = useDatasetIndex();
  const { chooseEntity } = useChoose();
  const { selectVisibleMeetings } = useDerivedSelectors();
  const meetings = useExplorer(selectVisibleMeetings);
  const window = useExplorer(selectTimeWindow);
  const nameOf = (id: string) => index.entitiesById.get(id)?.name ?? id;
  // Over every year these walk thousands of meetings; the panel re-renders far more often than they change.
  const yearList = useMemo(() => meetingYears(meetings), [meetings]);
  const members = useMemo(() => councilMembersIn(new Set(yearList), index.dataset.entities), [yearList, index]);
  const outcomes = useMemo(() => windowOutcomes(meetings), [meetings]);
  return (
    <section className={styles.summary} aria-label="Outcomes in view">
      <h2 className={styles.sectionHeading}>In view</h2>
      <p>
        {meetingListCaption(meetings.length, window, yearList)}: {windowOutcomesText(outcomes, nameOf)}.
      </p>
      {members.length > 0 && (
        <>
          <p className={styles.muted}>
            On the Council in {yearRuns(yearList)}: {countLabel(members.length, "state")}
            {yearList.length > listedYears ? "." : ":"}
          </p>
          {yearList.length <= listedYears && (
            <ul className={styles.chips} aria-label="Council members in view">
              {members.map((member) => (
                <li key={member.id}>
                  <EntityButton id={member.id} name={member.name} onSelect={chooseEntity} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
