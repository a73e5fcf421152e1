import { useId } from "react";
import { meetingDocuments } from "@/lib/details/documentLinks";
import { meetingTitle } from "@/lib/details/format";
import { groupParticipants, participantCount } from "@/lib/details/participantGroups";
import type { DatasetIndex } from "@/lib/model/dataset";
import type { Meeting } from "@/lib/model/schema";
import { formatMonth, formatWeekdayDate } from "@/lib/text/calendar";
import { CorrectionsSection } from "./CorrectionsSection";
import { DocumentLink } from "./DocumentLink";
import { EntityButton } from "./EntityButton";
import { SourcesSection } from "./SourcesSection";
import { deeper, Heading, type HeadingLevel } from "./Heading";
import { MeetingOutcomes } from "./MeetingOutcomes";
import { ParticipantList } from "./ParticipantList";
import styles from "./Details.module.css";

interface MeetingDetailsProps {
  meeting: Meeting;
  index: DatasetIndex;
  statedOnly: boolean;
  level: HeadingLevel;
  onSelectEntity: (id: string) => void;
}

export function MeetingDetails({ meeting, index, statedOnly, level, onSelectEntity }: MeetingDetailsProps) {
  const titleId = useId();
  const entityOf = (id: string) => index.entitiesById.get(id);
  const nameOf = (id: string) => entityOf(id)?.name ?? id;
  const groups = groupParticipants(index.participationsByMeeting.get(meeting.id) ?? [], entityOf, statedOnly);
  const documents = meetingDocuments(meeting);
  const area = index.dataset.subjectAreas.find((candidate) => candidate.id === meeting.subjectArea);
  const section = deeper(level);

  return (
    <article className={styles.details} aria-labelledby={titleId}>
      <Heading level={level} id={titleId} detailsId={meeting.id} className={styles.title}>
        {meetingTitle(meeting)}
      </Heading>
      <p className={styles.subtitle}>
        {formatWeekdayDate(meeting.date)}
        {meeting.endDate ? ` to ${formatWeekdayDate(meeting.endDate)}` : ""} · {meeting.closed ? "Closed meeting" : "Public meeting"}
      </p>
      <dl className={styles.facts}>
        <dt>Topic</dt>
        <dd>{meeting.topic}</dd>
        {meeting.agendaItem && (
          // The Repertoire's own item title, which is often longer than the library's topic label.
          <>
            <dt>Repertoire agenda item</dt>
            <dd>
              {meeting.agendaItemNumber ? `Repertoire item ${meeting.agendaItemNumber}: ` : ""}
              {meeting.agendaItem}
            </dd>
          </>
        )}
        {meeting.records.letters && meeting.records.letters.length > 0 && (
          // 2020–21: written procedure, its letters carry the briefings and the vote.
          <>
            <dt>Letters</dt>
            <dd>{meeting.records.letters.join(", ")}</dd>
          </>
        )}
        {area && (
          <>
            <dt>Subject area</dt>
            <dd>
              <span className={styles.swatch} style={{ background: area.color }} aria-hidden="true" />
              {area.label}
            </dd>
          </>
        )}
        {meeting.presidency && (
          <>
            <dt>President</dt>
            <dd>
              <EntityButton id={meeting.presidency} name={nameOf(meeting.presidency)} onSelect={onSelectEntity} />{" "}
              <span className={styles.muted}>presidency of {formatMonth(meeting.date)}, from the reference facts</span>
            </dd>
          </>
        )}
      </dl>

      <section className={styles.section}>
        <Heading level={section} className={styles.sectionHeading}>Outcomes</Heading>
        <MeetingOutcomes outcomes={meeting.outcomes} nameOf={nameOf} />
      </section>

      {meeting.corrections && meeting.corrections.length > 0 && <CorrectionsSection corrections={meeting.corrections} level={section} />}

      {documents.length > 0 && (
        <section className={styles.section}>
          <Heading level={section} className={styles.sectionHeading}>Documents</Heading>
          <ul className={styles.documents}>
            {documents.map((document) => (
              <li key={document.symbol}>
                <DocumentLink document={document} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className={styles.section}>
        <Heading level={section} className={styles.sectionHeading}>
          Participants <span className={styles.count}>({participantCount(groups)})</span>
        </Heading>
        {!index.participantsKnown.has(meeting.id) && (
          <p className={styles.muted} role="note">
            The sources loaded do not list who took part in this meeting{groups.length > 0 ? "; the links shown are inferred" : ""}. To add them, import the
            meeting’s Repertoire item (.txt or .pdf) with Import, in the header.
          </p>
        )}
        {groups.length === 0 ? (
          <p className={styles.muted}>{statedOnly ? "No stated participants; inferred links are hidden." : "No participants recorded in the loaded sources."}</p>
        ) : (
          <div className={styles.scroller}>
            <ParticipantList groups={groups} entityOf={entityOf} level={deeper(section)} onSelectEntity={onSelectEntity} />
          </div>
        )}
      </section>

      <SourcesSection sources={meeting.sources} level={section} />
    </article>
  );
}
