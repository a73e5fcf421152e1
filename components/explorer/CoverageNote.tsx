"use client";

import { windowPhrase } from "@/lib/details/format";
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
  const { selectCoverage, selectListWindow } = useDerivedSelectors();
  const coverage = useExplorer(selectCoverage);
  const windowed = useExplorer(selectTimeWindow) !== null;
  // Over every year the count is of the year in focus: said, under a title of 1946–2022.
  const listWindow = useExplorer(selectListWindow);
  return (
    <p className={styles.coverage} aria-live="polite" title="The UN's tables list every meeting but not who took part; only Repertoire items (shipped or imported) do. The other meetings show only inferred links.">
      {upperFirst(coverageSentence(coverage))}
      {windowed ? " in the window" : listWindow ? ` ${windowPhrase(listWindow)}` : ""}
    </p>
  );
}
