import { undocsUrl } from "@/lib/details/documentLinks";
import { outcomeResult } from "@/lib/details/outcomeText";
import { outcomeClassLabels } from "@/lib/model/vocabularyLabels";
import type { Outcome } from "@/lib/model/schema";
import { OutcomeAccounts } from "./OutcomeAccounts";
import styles from "./Details.module.css";

function OutcomeItem({ outcome, nameOf }: { outcome: Outcome; nameOf: (id: string) => string }) {
  // The badge names the kind, so the text after the symbol says only what happened to it.
  const result = outcomeResult(outcome, nameOf, { namedKind: false });
  return (
    <li className={styles.outcome}>
      <span className={styles.outcomeKind} data-kind={outcome.kind}>
        {outcomeClassLabels[outcome.kind]}
      </span>
      <span>
        {outcome.symbol && (
          <a className={styles.symbolLink} href={undocsUrl(outcome.symbol)} target="_blank" rel="noopener noreferrer">
            {outcome.symbol}
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        )}
        {outcome.symbol && result && " — "}
        {result}
      </span>
      {outcome.topic && <span className={styles.muted}>{outcome.topic}</span>}
      {outcome.symbols && outcome.symbols.length > 1 && <span className={styles.muted}>Documents: {outcome.symbols.join(", ")}</span>}
      {outcome.vetoAccounts && <OutcomeAccounts accounts={outcome.vetoAccounts} nameOf={nameOf} />}
    </li>
  );
}

/** Each outcome as "S/RES/1483 (2003) — adopted 14-0-0; …", the symbol linking to the document. */
export function MeetingOutcomes({ outcomes, nameOf }: { outcomes: Outcome[]; nameOf: (id: string) => string }) {
  if (outcomes.length === 0) return <p className={styles.muted}>No outcome recorded.</p>;
  return (
    <ul className={styles.outcomes}>
      {outcomes.map((outcome, i) => (
        <OutcomeItem key={`${outcome.symbol ?? outcome.kind}-${i}`} outcome={outcome} nameOf={nameOf} />
      ))}
    </ul>
  );
}
