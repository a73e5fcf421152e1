import { describeEvidence } from "@/lib/model/evidence";
import type { Evidence } from "@/lib/model/schema";
import { certaintyLabels } from "@/lib/model/vocabularyLabels";
import styles from "./Details.module.css";

/** Where an edge or record comes from: "Repertoire item 52, footnote 3"; inferred ones say so twice, in a tag and in italics. */
export function EvidenceNote({ evidence }: { evidence: Evidence }) {
  const inferred = evidence.source === "inferred";
  return (
    <span className={inferred ? `${styles.evidence} ${styles.inferred}` : styles.evidence}>
      {inferred && <InferredTag />}
      {/* The tag already says "inferred"; the note keeps only what it was inferred from. */}
      <span className={styles.evidenceText}>{inferred ? describeEvidence(evidence).replace(/^inferred: /, "") : describeEvidence(evidence)}</span>
    </span>
  );
}

export function InferredTag() {
  return (
    <span className={styles.tag} title={certaintyLabels.inferred.explained}>
      {certaintyLabels.inferred.tag}
    </span>
  );
}

/** Every other source that states the same fact (lib/model/corroboration.ts), after the first. */
export function CorroborationNotes({ evidence }: { evidence: readonly Evidence[] | undefined }) {
  if (!evidence || evidence.length === 0) return null;
  return (
    <>
      {evidence.map((also, i) => (
        // Two imports of one file on one day read the same: the place in the list tells them apart.
        <div key={i} className={styles.alsoStated}>
          also stated: <EvidenceNote evidence={also} />
        </div>
      ))}
    </>
  );
}
