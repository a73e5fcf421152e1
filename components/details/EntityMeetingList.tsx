import { meetingTitle } from "@/lib/details/format";
import { formatDate } from "@/lib/text/calendar";
import type { EntityMeeting } from "@/lib/details/participantGroups";
import { entityEdgeLines, type EntityLookup } from "@/lib/details/roles";
import { CorroborationNotes, EvidenceNote, InferredTag } from "./EvidenceNote";
import styles from "./Details.module.css";

interface EntityMeetingListProps {
  entityId: string;
  meetings: EntityMeeting[];
  entityOf: EntityLookup;
  onSelectMeeting: (id: string) => void;
}

/**
 * An entity's meetings in date order, each a button, with the role and evidence of every
 * edge. Inferred edges carry only their tag: the rule that made them is said once above
 * the list (InferredRulesNote).
 */
export function EntityMeetingList({ entityId, meetings, entityOf, onSelectMeeting }: EntityMeetingListProps) {
  return (
    <ul className={styles.rows}>
      {meetings.map(({ meeting, edges }) => (
        <li key={meeting.id} className={styles.row}>
          <button type="button" className={styles.meetingButton} onClick={() => onSelectMeeting(meeting.id)}>
            <span className={styles.meetingButtonTitle}>
              {meetingTitle(meeting)} — {formatDate(meeting.date)}
            </span>
            <span className={styles.meetingButtonTopic}>{meeting.topic}</span>
          </button>
          <ul className={styles.edges}>
            {entityEdgeLines(edges, entityId, entityOf).map((line) => (
              <li key={line.key} className={line.inferred ? styles.inferredRow : undefined}>
                <span className={styles.edgeRole}>{line.text}</span>
                {line.note && <span className={styles.note}> ({line.note})</span>}
                {" · "}
                {line.inferred ? <InferredTag /> : <EvidenceNote evidence={line.evidence} />}
                <CorroborationNotes evidence={line.corroboratedBy} />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
