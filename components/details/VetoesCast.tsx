import { meetingTitle } from "@/lib/details/format";
import { otherVotes, vetoesCast } from "@/lib/details/voteRecord";
import type { DatasetIndex } from "@/lib/model/dataset";
import { participationRoleLabels } from "@/lib/model/vocabularyLabels";
import { formatDate } from "@/lib/text/calendar";
import { Heading, type HeadingLevel } from "./Heading";
import styles from "./Details.module.css";

interface VetoesCastProps {
  entityId: string;
  index: DatasetIndex;
  level: HeadingLevel;
  onSelectMeeting: (id: string) => void;
}

/** "Vetoes cast (N)": each draft the state vetoed, with its meeting; then its other recorded votes. */
export function VetoesCast({ entityId, index, level, onSelectMeeting }: VetoesCastProps) {
  const edges = index.participationsByEntity.get(entityId) ?? [];
  const vetoes = vetoesCast(entityId, edges, (id) => index.meetingsById.get(id));
  const others = otherVotes(entityId, edges);
  if (vetoes.length === 0 && others.length === 0) return null;
  return (
    <section className={styles.section} aria-label="Votes">
      {vetoes.length > 0 && (
        <>
          <Heading level={level} className={styles.sectionHeading}>
            Vetoes cast <span className={styles.count}>({vetoes.length})</span>
          </Heading>
          <ul className={styles.rows}>
            {vetoes.map(({ meeting, outcome }, i) => (
              <li key={`${meeting.id}-${outcome.symbol ?? i}`} className={styles.row}>
                <button type="button" className={styles.meetingButton} onClick={() => onSelectMeeting(meeting.id)}>
                  <span className={styles.meetingButtonTitle}>
                    {outcome.symbol ?? "Draft without a symbol"} — {formatDate(meeting.date)}
                  </span>
                  <span className={styles.meetingButtonTopic}>
                    {meetingTitle(meeting)}: {outcome.topic ?? meeting.topic}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {others.length > 0 && (
        <>
          <Heading level={level} className={styles.sectionHeading}>
            Other votes <span className={styles.count}>({others.length})</span>
          </Heading>
          <ul className={styles.rows}>
            {others.map((edge) => {
              const meeting = index.meetingsById.get(edge.meetingId);
              return (
                <li key={edge.id} className={styles.row}>
                  <button type="button" className={styles.meetingButton} onClick={() => onSelectMeeting(edge.meetingId)}>
                    <span className={styles.meetingButtonTitle}>
                      {participationRoleLabels[edge.role].one}: {edge.note} — {meeting ? formatDate(meeting.date) : edge.meetingId}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
