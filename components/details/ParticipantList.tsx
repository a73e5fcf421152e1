import type { ParticipantGroup, ParticipantRow } from "@/lib/details/participantGroups";
import { behalfParts, type EntityLookup } from "@/lib/details/roles";
import { EntityButton } from "./EntityButton";
import { CorroborationNotes, EvidenceNote } from "./EvidenceNote";
import { Heading, type HeadingLevel } from "./Heading";
import styles from "./Details.module.css";

interface ParticipantListProps {
  groups: ParticipantGroup[];
  entityOf: EntityLookup;
  level: HeadingLevel;
  onSelectEntity: (id: string) => void;
}

function ParticipantItem({ row, entityOf, onSelectEntity }: { row: ParticipantRow; entityOf: EntityLookup; onSelectEntity: (id: string) => void }) {
  const behalf = behalfParts(row.participation, entityOf);
  return (
    <li className={row.inferred ? `${styles.row} ${styles.inferredRow}` : styles.row}>
      <div className={styles.rowLine}>
        <EntityButton id={row.participation.entityId} name={row.name} onSelect={onSelectEntity} />
        {behalf && (
          <span>
            {" — "}
            {behalf.prefix}
            <EntityButton id={behalf.id} name={behalf.name} onSelect={onSelectEntity} />
          </span>
        )}
        {row.participation.capacity && <span className={styles.capacity}>, {row.participation.capacity}</span>}
      </div>
      {row.participation.note && <div className={styles.note}>{row.participation.note}</div>}
      <EvidenceNote evidence={row.participation.evidence} />
      <CorroborationNotes evidence={row.participation.corroboratedBy} />
    </li>
  );
}

/** One group whose rows all say the same: the shared note and source once, then the names. */
function SharedGroup({ group, onSelectEntity }: { group: ParticipantGroup & { shared: NonNullable<ParticipantGroup["shared"]> }; onSelectEntity: (id: string) => void }) {
  return (
    <div className={group.shared.inferred ? styles.inferredRow : undefined}>
      <p className={styles.sharedNote}>
        {group.shared.note && <span className={styles.note}>{group.shared.note} · </span>}
        <EvidenceNote evidence={group.shared.evidence} />
      </p>
      <ul className={styles.chips}>
        {group.rows.map((row) => (
          <li key={row.participation.id} className={styles.rowLine}>
            <EntityButton id={row.participation.entityId} name={row.name} onSelect={onSelectEntity} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A meeting's participants under one heading per role, each edge with its evidence. */
export function ParticipantList({ groups, entityOf, level, onSelectEntity }: ParticipantListProps) {
  return (
    <div className={styles.groups}>
      {groups.map((group) => (
        <section key={group.role} className={styles.group}>
          <Heading level={level} className={styles.groupHeading}>
            {group.label} <span className={styles.count}>({group.rows.length})</span>
          </Heading>
          {group.shared ? (
            <SharedGroup group={{ ...group, shared: group.shared }} onSelectEntity={onSelectEntity} />
          ) : (
            <ul className={styles.rows}>
              {group.rows.map((row) => (
                <ParticipantItem key={row.participation.id} row={row} entityOf={entityOf} onSelectEntity={onSelectEntity} />
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
