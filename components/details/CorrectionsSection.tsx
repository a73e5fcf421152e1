import type { Correction } from "@/lib/model/schema";
import { Heading, type HeadingLevel } from "./Heading";
import styles from "./Details.module.css";

/** Source errors corrected in this record: what the source says, what is shown instead, why, and the reference. */
export function CorrectionsSection({ corrections, level }: { corrections: readonly Correction[]; level: HeadingLevel }) {
  return (
    <section className={styles.section} aria-label="Corrections">
      <Heading level={level} className={styles.sectionHeading}>
        Corrections <span className={styles.count}>({corrections.length})</span>
      </Heading>
      <ul className={styles.corrections}>
        {corrections.map((correction) => (
          <li key={`${correction.id}-${correction.field}`} className={styles.correction}>
            <p>
              The source gives <q>{correction.sourceText}</q>; corrected to <q>{correction.corrected}</q>.
            </p>
            <p className={styles.muted}>Why: {correction.reason}.</p>
            <p className={styles.muted}>Reference: {correction.reference}.</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
