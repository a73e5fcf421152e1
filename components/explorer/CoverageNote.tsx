"use client";

import { coverageSentence } from "@/lib/model/coverage";
import { useDerivedSelectors, useExplorer } from "@/lib/store/ExplorerStoreProvider";
import { selectTimeWindow } from "@/lib/store/selectors";
import { upperFirst } from "@/lib/text/upperFirst";
import styles from "./Explorer.module.css";

/**
 * How much of what is in view the sources say about who took part: the UN's tables list
 * every meeting but none of its participants, so the graph is only as full as the
 * Repertoire items loaded. Said beside the title, for the filters and window in force.
 */
export function CoverageNote() {
  const { selectCoverage } = useDerivedSelectors();
  const coverage = useExplorer(selectCoverage);
  const windowed = useExplorer(selectTimeWindow) !== null;
  return (
    <p className={styles.coverage} aria-live="polite" title="The UN's tables list every meeting but not who took part; only Repertoire items (shipped or imported) do. The other meetings show only inferred links.">
      {upperFirst(coverageSentence(coverage))}
      {windowed ? " in the window" : ""}
    </p>
  );
}
