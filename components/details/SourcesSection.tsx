import type { Evidence } from "@/lib/model/schema";
import { EvidenceNote } from "./EvidenceNote";
import { Heading, type HeadingLevel } from "./Heading";
import styles from "./Details.module.css";

/** Where a meeting's or an entity's own record came from. */
export function SourcesSection({ sources, level }: { sources: readonly Evidence[]; level: HeadingLevel }) {
  return (
    <section className={styles.section}>
      <Heading level={level} className={styles.sectionHeading}>Sources</Heading>
      <ul className={styles.sources}>
        {sources.map((source, i) => (
          <li key={i}>
            <EvidenceNote evidence={source} />
          </li>
        ))}
      </ul>
    </section>
  );
}
