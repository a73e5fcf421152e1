import { Fragment, useId, useRef } from "react";
import { datedNameText, lifetimeText, yearRuns } from "@/lib/details/entityEra";
import { inferredRules } from "@/lib/details/inferredRules";
import { membershipsOf } from "@/lib/details/entityText";
import { meetingsOfEntity } from "@/lib/details/participantGroups";
import type { DatasetIndex } from "@/lib/model/dataset";
import type { Entity } from "@/lib/model/schema";
import { entityKindLabels, orgKindLabels } from "@/lib/model/vocabularyLabels";
import { formatDate } from "@/lib/text/calendar";
import { upperFirst } from "@/lib/text/upperFirst";
import { EntityButton } from "./EntityButton";
import { EntityMeetingList } from "./EntityMeetingList";
import { InferredTag } from "./EvidenceNote";
import { SourcesSection } from "./SourcesSection";
import { VetoesCast } from "./VetoesCast";
import { deeper, Heading, type HeadingLevel } from "./Heading";
import styles from "./Details.module.css";

interface EntityDetailsProps {
  entity: Entity;
  index: DatasetIndex;
  statedOnly: boolean;
  level: HeadingLevel;
  onSelectEntity: (id: string) => void;
  onSelectMeeting: (id: string) => void;
}

function EntityChips({ entities, onSelect }: { entities: Array<{ id: string; name: string }>; onSelect: (id: string) => void }) {
  return (
    <ul className={styles.chips}>
      {entities.map((entity) => (
        <li key={entity.id}>
          <EntityButton id={entity.id} name={entity.name} onSelect={onSelect} />
        </li>
      ))}
    </ul>
  );
}

export function EntityDetails({ entity, index, statedOnly, level, onSelectEntity, onSelectMeeting }: EntityDetailsProps) {
  const titleId = useId();
  const entityOf = (id: string) => index.entitiesById.get(id);
  const members = (entity.members ?? []).map((id) => ({ id, name: entityOf(id)?.name ?? id })).sort((a, b) => a.name.localeCompare(b.name, "en"));
  // Membership is stored on the organization, so a state's own record does not list it.
  const memberOf = membershipsOf(entity.id, index.dataset.entities);
  const meetings = meetingsOfEntity(index.participationsByEntity.get(entity.id) ?? [], (id) => index.meetingsById.get(id), statedOnly);
  const section = deeper(level);
  const rules = inferredRules(meetings.flatMap((entry) => entry.edges));
  const meetingsHeading = useRef<HTMLDivElement>(null);
  // Members and memberships can be dozens of buttons: one press jumps past them to the meetings.
  const goToMeetings = () => {
    const target = meetingsHeading.current?.querySelector<HTMLElement>("h2, h3, h4, h5");
    target?.scrollIntoView({ block: "start" });
    target?.focus({ preventScroll: true });
  };
  const lifetime = lifetimeText(entity, formatDate);
  const succession = [
    { label: "Continued or succeeded", ids: entity.predecessors ?? [] },
    { label: "Continued or succeeded by", ids: entity.successors ?? [] },
  ].filter(({ ids }) => ids.length > 0);
  // Only a source that lists participants can say whether this entity took part: count those meetings.
  const knownCount = new Set((index.participationsByEntity.get(entity.id) ?? []).filter((p) => p.certainty === "stated" && index.participantsKnown.has(p.meetingId)).map((p) => p.meetingId)).size;

  return (
    <article className={styles.details} aria-labelledby={titleId}>
      <Heading level={level} id={titleId} detailsId={entity.id} className={styles.title}>
        {entity.name}
      </Heading>
      <p className={styles.subtitle}>
        {upperFirst(entityKindLabels[entity.kind].one)}
        {entity.orgKind ? ` · ${orgKindLabels[entity.orgKind]}` : ""}
      </p>
      {meetings.length > 0 && (
        <p className={styles.skip}>
          <button type="button" className={styles.linkButton} onClick={goToMeetings}>
            Go to its meetings ({meetings.length})
          </button>
        </p>
      )}
      {entity.unresolved && (
        <p className={styles.warning} role="note">
          <strong>Unresolved name.</strong> A source names it, but the reference facts do not, so it may be another entry under a different spelling.
        </p>
      )}
      <dl className={styles.facts}>
        {entity.title && (
          <>
            <dt>Title</dt>
            <dd>{entity.title}</dd>
          </>
        )}
        {entity.aliases.length > 0 && (
          <>
            <dt>Also called</dt>
            <dd>{entity.aliases.join("; ")}</dd>
          </>
        )}
        {entity.iso3 && (
          <>
            <dt>ISO 3166 code</dt>
            <dd>{entity.iso3}</dd>
          </>
        )}
        {lifetime && (
          <>
            <dt>Existed</dt>
            <dd>{lifetime}</dd>
          </>
        )}
        {entity.names && entity.names.length > 0 && (
          <>
            <dt>Names over time</dt>
            <dd>{entity.names.map((dated) => datedNameText(dated, formatDate)).join("; ")}</dd>
          </>
        )}
        {succession.map(({ label, ids }) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>
              <EntityChips entities={ids.map((id) => ({ id, name: entityOf(id)?.name ?? id }))} onSelect={onSelectEntity} />
            </dd>
          </Fragment>
        ))}
        {entity.councilYears && entity.councilYears.length > 0 && (
          <>
            <dt>Security Council member</dt>
            <dd>{yearRuns(entity.councilYears)}</dd>
          </>
        )}
      </dl>

      <VetoesCast entityId={entity.id} index={index} level={section} onSelectMeeting={onSelectMeeting} />

      {entity.members && (
        <section className={styles.section}>
          <Heading level={section} className={styles.sectionHeading}>
            Members <span className={styles.count}>({members.length})</span>
          </Heading>
          {members.length === 0 ? <p className={styles.muted}>No members listed in the reference facts.</p> : <EntityChips entities={members} onSelect={onSelectEntity} />}
        </section>
      )}

      {memberOf.length > 0 && (
        <section className={styles.section}>
          <Heading level={section} className={styles.sectionHeading}>
            Member of <span className={styles.count}>({memberOf.length})</span>
          </Heading>
          <EntityChips entities={memberOf} onSelect={onSelectEntity} />
        </section>
      )}

      <section className={styles.section} ref={meetingsHeading}>
        <FocusableHeading level={section}>
          Meetings <span className={styles.count}>({meetings.length})</span>
        </FocusableHeading>
        {rules.length > 0 && (
          <div className={`${styles.sharedNote} ${styles.inferred}`} role="note">
            <InferredTag />
            {rules.map((rule) => (
              <p key={rule.role} className={styles.ruleNote}>
                <strong>{rule.heading}:</strong> {rule.reason}.
              </p>
            ))}
          </div>
        )}
        <p className={styles.muted} role="note">
          {knownCount === 0
            ? "In none of the meetings whose participants are known"
            : `In ${knownCount} of the ${index.participantsKnown.size} meeting${index.participantsKnown.size === 1 ? "" : "s"} whose participants are known`}{" "}
          ({index.participantsKnown.size} of {index.dataset.meetings.length} loaded); other meetings list no participants.
        </p>
        {meetings.length === 0 ? (
          <p className={styles.muted}>{statedOnly ? "No stated meetings; inferred links are hidden." : "No meetings recorded in the loaded sources."}</p>
        ) : (
          <div className={styles.scroller}>
            <EntityMeetingList entityId={entity.id} meetings={meetings} entityOf={entityOf} onSelectMeeting={onSelectMeeting} />
          </div>
        )}
      </section>

      <SourcesSection sources={entity.sources} level={section} />
    </article>
  );
}

/** A section heading the "Go to its meetings" button can focus. */
function FocusableHeading({ level, children }: { level: HeadingLevel; children: React.ReactNode }) {
  const Tag = `h${level}` as const;
  return (
    <Tag className={styles.sectionHeading} tabIndex={-1}>
      {children}
    </Tag>
  );
}
