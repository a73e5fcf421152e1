import { memo, type MouseEvent } from "react";
import { meetingNumberLabel } from "@/lib/details/format";
import { outcomeSummary } from "@/lib/details/outcomeText";
import type { SubjectAreaInfo } from "@/lib/model/dataset";
import type { Meeting } from "@/lib/model/schema";
import { formatDayMonth } from "@/lib/text/calendar";
import styles from "./MeetingList.module.css";

interface MeetingRowProps {
  meeting: Meeting;
  rowIndex: number;
  selected: boolean;
  highlighted: boolean;
  tabbable: boolean;
  area: SubjectAreaInfo | undefined;
  nameOf: (id: string) => string;
  register: (id: string, row: HTMLTableRowElement | null) => void;
  onRowClick: (id: string, event: MouseEvent) => void;
  onRowFocus: (id: string) => void;
}

/** The meeting's number, with its resumption or part and whether it was closed. */
function MeetingNumber({ meeting, named = false }: { meeting: Meeting; named?: boolean }) {
  return (
    <>
      {/* Under the date, the header ("Date and meeting") says what the number is; a screen reader hears it with it. */}
      {named && <span className="visually-hidden">Meeting </span>}
      {meeting.number ?? meetingNumberLabel(meeting)}
      {meeting.resumption && <span className={styles.subNumber}>Resumption {meeting.resumption}</span>}
      {meeting.part && <span className={styles.subNumber}>Part {meeting.part}</span>}
      {meeting.closed && <span className={styles.closedTag}>closed</span>}
    </>
  );
}

/** One meeting as a grid row. Memoised: a selection change re-renders only the rows it touches. */
export const MeetingRow = memo(function MeetingRow({ meeting, rowIndex, selected, highlighted, tabbable, area, nameOf, register, onRowClick, onRowFocus }: MeetingRowProps) {
  const areaName = area?.label ?? meeting.subjectArea;
  const className = [styles.row, selected ? styles.selected : "", highlighted && !selected ? styles.highlighted : ""].filter(Boolean).join(" ");
  return (
    <tr
      ref={(row) => register(meeting.id, row)}
      className={className}
      aria-rowindex={rowIndex}
      aria-selected={selected}
      tabIndex={tabbable ? 0 : -1}
      data-meeting-id={meeting.id}
      onClick={(event) => onRowClick(meeting.id, event)}
      onFocus={() => onRowFocus(meeting.id)}
    >
      <td className={styles.dateCell}>
        <span className={styles.mark} aria-hidden="true" />
        {/* Wraps before the year only, so a narrow column still reads "14 January / 2003". */}
        {`${formatDayMonth(meeting.date).replace(" ", "\u00a0")} ${meeting.date.slice(0, 4)}`}
        {highlighted && !selected && <span className="visually-hidden">, highlighted</span>}
        {/* A phone's list has no room for the meeting's column: its number goes under the date. */}
        <span className={styles.dateNumber}>
          <MeetingNumber meeting={meeting} named />
        </span>
      </td>
      <td className={styles.numberCell}>
        <MeetingNumber meeting={meeting} />
      </td>
      <td className={styles.topicCell}>
        {meeting.topic}
        {/* A narrow list has no room for the area's column: its name goes under the topic, so it is never told by colour alone. */}
        <span className={styles.topicArea}>
          {area && <span className={styles.swatch} style={{ background: area.color }} aria-hidden="true" />}
          {areaName}
        </span>
      </td>
      <td className={styles.outcomeCell}>
        {meeting.outcomes.length === 0 ? (
          <span className={styles.none}>
            <span aria-hidden="true">—</span>
            <span className="visually-hidden">no outcome</span>
          </span>
        ) : (
          meeting.outcomes.map((outcome, i) => (
            <span key={i} className={styles.outcomeLine}>
              {outcomeSummary(outcome, nameOf)}
            </span>
          ))
        )}
      </td>
      <td className={styles.areaCell}>
        {area && <span className={styles.swatch} style={{ background: area.color }} aria-hidden="true" />}
        {areaName}
      </td>
    </tr>
  );
});
