"use client";

import { useEffect, useRef } from "react";
import { outcomeClasses } from "@/lib/model/outcomeClass";
import { entityKinds } from "@/lib/model/vocabulary";
import { entityKindLabels, outcomeClassLabels } from "@/lib/model/vocabularyLabels";
import { upperFirst } from "@/lib/text/upperFirst";
import { useDatasetIndex, useExplorer } from "@/lib/store/ExplorerStoreProvider";
import { selectFilters, selectViewMode } from "@/lib/store/selectors";
import styles from "./Explorer.module.css";

/** Filters that both views obey: subject areas, outcome kinds, entity kinds, stated-only. */
export function FilterBar() {
  const index = useDatasetIndex();
  const filters = useExplorer(selectFilters);
  const viewMode = useExplorer(selectViewMode);
  const toggleSubjectArea = useExplorer((state) => state.toggleSubjectArea);
  const toggleOutcomeKind = useExplorer((state) => state.toggleOutcomeKind);
  const toggleEntityKind = useExplorer((state) => state.toggleEntityKind);
  const setStatedOnly = useExplorer((state) => state.setStatedOnly);
  const setViewMode = useExplorer((state) => state.setViewMode);

  const disclosure = useRef<HTMLDetailsElement>(null);
  // A pop-over, not a page section: Escape or a click elsewhere closes it.
  useEffect(() => {
    const close = (event: Event) => {
      const details = disclosure.current;
      if (!details?.open) return;
      if (event instanceof KeyboardEvent ? event.key === "Escape" : !details.contains(event.target as Node)) {
        details.open = false;
        if (event instanceof KeyboardEvent) details.querySelector("summary")?.focus();
      }
    };
    document.addEventListener("keydown", close);
    document.addEventListener("pointerdown", close);
    return () => {
      document.removeEventListener("keydown", close);
      document.removeEventListener("pointerdown", close);
    };
  }, []);

  return (
    <details ref={disclosure} className={styles.filters}>
      <summary>Filters{countHidden(filters) > 0 ? ` (${countHidden(filters)} active)` : ""}</summary>
      <div className={styles.filterGroups}>
        <fieldset>
          <legend>Subject areas</legend>
          {index.dataset.subjectAreas.map((area) => (
            <label key={area.id} className={styles.chip}>
              <input type="checkbox" checked={!filters.hiddenSubjectAreas.includes(area.id)} onChange={() => toggleSubjectArea(area.id)} />
              <span className={styles.swatch} style={{ background: area.color }} aria-hidden />
              {area.label}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Outcomes</legend>
          {outcomeClasses.map((kind) => (
            <label key={kind} className={styles.chip}>
              <input type="checkbox" checked={!filters.hiddenOutcomeKinds.includes(kind)} onChange={() => toggleOutcomeKind(kind)} />
              {outcomeClassLabels[kind]}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Graph</legend>
          {entityKinds.map((kind) => (
            <label key={kind} className={styles.chip}>
              <input type="checkbox" checked={!filters.hiddenEntityKinds.includes(kind)} onChange={() => toggleEntityKind(kind)} />
              {upperFirst(entityKindLabels[kind].many)}
            </label>
          ))}
          <label className={styles.chip}>
            <input type="checkbox" checked={filters.statedOnly} onChange={(event) => setStatedOnly(event.target.checked)} />
            Only links the sources state (hide inferred)
          </label>
        </fieldset>
        <fieldset>
          <legend>Beside the timeline</legend>
          <label className={styles.chip}>
            <input type="radio" name="view-mode" checked={viewMode === "graph"} onChange={() => setViewMode("graph")} /> Graph
          </label>
          <label className={styles.chip}>
            <input type="radio" name="view-mode" checked={viewMode === "list"} onChange={() => setViewMode("list")} /> List of meetings
          </label>
        </fieldset>
      </div>
    </details>
  );
}

function countHidden(filters: ReturnType<typeof selectFilters>): number {
  return filters.hiddenSubjectAreas.length + filters.hiddenOutcomeKinds.length + filters.hiddenEntityKinds.length + (filters.statedOnly ? 1 : 0);
}
