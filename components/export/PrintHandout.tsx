"use client";

import { createPortal } from "react-dom";
import { meetingTitle } from "@/lib/details/format";
import { outcomeSummary } from "@/lib/details/outcomeText";
import { groupParticipants, meetingsOfEntity } from "@/lib/details/participantGroups";
import { behalfPhrase } from "@/lib/details/roles";
import type { DatasetIndex } from "@/lib/model/dataset";
import { describeEvidence } from "@/lib/model/evidence";
import { entityKindLabels, participationRoleLabels } from "@/lib/model/vocabularyLabels";
import { formatWeekdayDate } from "@/lib/text/calendar";
import { upperFirst } from "@/lib/text/upperFirst";
import styles from "./Export.module.css";
import { QrCode } from "./QrCode";

export type HandoutSubject = { kind: "meeting" | "entity"; id: string };

interface PrintHandoutProps {
  index: DatasetIndex;
  subject: HandoutSubject;
  link: string;
  sourceLine: string;
}

/**
 * A one-page handout of a meeting or an organization, shown only when printed: the
 * record, the participants by role, the sources, and the link with its QR code.
 */
export function PrintHandout({ index, subject, link, sourceLine }: PrintHandoutProps) {
  const entityOf = (id: string) => index.entitiesById.get(id);
  const nameOf = (id: string) => entityOf(id)?.name ?? id;
  const body = subject.kind === "meeting" ? <MeetingHandout index={index} id={subject.id} nameOf={nameOf} /> : <EntityHandout index={index} id={subject.id} />;
  return createPortal(
    <article className={styles.handout} aria-label="Handout for printing">
      {body}
      <footer className={styles.handoutFoot}>
        <QrCode text={link} size={106} className={styles.handoutQr} />
        <div>
          <p>Open this view: {link}</p>
          <p>{sourceLine}</p>
        </div>
      </footer>
    </article>,
    document.body,
  );
}

function MeetingHandout({ index, id, nameOf }: { index: DatasetIndex; id: string; nameOf(id: string): string }) {
  const meeting = index.meetingsById.get(id);
  if (!meeting) return null;
  const entityOf = (entityId: string) => index.entitiesById.get(entityId);
  const groups = groupParticipants(index.participationsByMeeting.get(id) ?? [], entityOf, false);
  return (
    <>
      <h1>
        {meetingTitle(meeting)}, {formatWeekdayDate(meeting.date)}
      </h1>
      <p className={styles.handoutSub}>{meeting.agendaItem ?? meeting.topic}</p>
      <h2>Record</h2>
      <ul>
        {meeting.records.verbatim ? <li>Verbatim record {meeting.records.verbatim}{meeting.records.corrigenda.length ? ` (${meeting.records.corrigenda.join(", ")})` : ""}</li> : null}
        {meeting.records.pressReleases.length ? <li>Press release {meeting.records.pressReleases.join(", ")}</li> : null}
        {meeting.presidency ? <li>Presidency: {nameOf(meeting.presidency)}</li> : null}
        <li>{meeting.closed ? "Closed meeting" : "Public meeting"}</li>
        {meeting.outcomes.map((outcome, i) => (
          <li key={i}>{outcomeSummary(outcome, nameOf)}</li>
        ))}
      </ul>
      <h2>Participants by role</h2>
      {groups.length === 0 ? <p>The sources here name no participants for this meeting.</p> : null}
      {groups.map((group) => {
        // Twelve states aligned with one statement: the phrase once, then the names.
        const phrases = new Set(group.rows.map((row) => behalfPhrase(row.participation, entityOf)));
        const sharedPhrase = group.rows.length > 1 && phrases.size === 1 ? [...phrases][0] : undefined;
        return (
        <p key={group.role}>
          <strong>{group.label}{sharedPhrase ? ` (${sharedPhrase})` : ""}:</strong>{" "}
          {group.rows.map((row, i) => {
            const behalf = sharedPhrase ? undefined : behalfPhrase(row.participation, entityOf);
            return (
              <span key={row.participation.id} className={row.inferred ? styles.inferred : undefined}>
                {i > 0 ? "; " : ""}
                {row.name}
                {behalf ? ` (${behalf})` : ""}
                {row.participation.capacity && !row.name.startsWith(row.participation.capacity) ? `, ${row.participation.capacity}` : ""}
                {row.inferred ? " (inferred)" : ""}
              </span>
            );
          })}
        </p>
        );
      })}
      <h2>Sources</h2>
      <ul>
        {meeting.sources.map((source, i) => (
          <li key={i}>{describeEvidence(source)}</li>
        ))}
      </ul>
    </>
  );
}

function EntityHandout({ index, id }: { index: DatasetIndex; id: string }) {
  const entity = index.entitiesById.get(id);
  if (!entity) return null;
  const meetings = meetingsOfEntity(index.participationsByEntity.get(id) ?? [], (meetingId) => index.meetingsById.get(meetingId), false);
  const members = (entity.members ?? []).map((member) => index.entitiesById.get(member)?.name ?? member);
  return (
    <>
      <h1>{entity.name}</h1>
      <p className={styles.handoutSub}>{[upperFirst(entityKindLabels[entity.kind].one), entity.title].filter(Boolean).join(" · ")}</p>
      {members.length ? (
        <>
          <h2>Members</h2>
          <p>{members.join(", ")}</p>
        </>
      ) : null}
      <h2>Meetings and roles</h2>
      {meetings.length === 0 ? <p>No meeting in the data loaded names it.</p> : null}
      <ul>
        {meetings.map(({ meeting, edges }) => (
          <li key={meeting.id}>
            {meetingTitle(meeting)}, {meeting.topic}: {edges.map((edge) => `${participationRoleLabels[edge.role].one}${edge.certainty === "inferred" ? " (inferred)" : ""} [${describeEvidence(edge.evidence)}]`).join("; ")}
          </li>
        ))}
      </ul>
      <h2>Sources</h2>
      <ul>
        {(entity.sources ?? []).map((source, i) => (
          <li key={i}>{describeEvidence(source)}</li>
        ))}
      </ul>
    </>
  );
}
