"use client";

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { placePopover } from "@/components/hooks/popoverPlacement";
import { outcomeClasses } from "@/lib/model/outcomeClass";
import { entityKinds } from "@/lib/model/vocabulary";
import { entityKindLabels, outcomeClassLabels } from "@/lib/model/vocabularyLabels";
import { upperFirst } from "@/lib/text/upperFirst";
import { useDatasetIndex, useExplorer } from "@/lib/store/ExplorerStoreProvider";
import { selectFilters, selectViewMode } from "@/lib/store/selectors";
import styles from "./Explorer.module.css";

/** Below this width the filters are a full-screen sheet, not a pop-over (Explorer.module.css says the same). */
const sheetQuery = "(max-width: 599px)";

/**
 * Filters that both views obey: subject areas, outcome kinds, entity kinds, stated-only.
 * A pop-over placed inside the viewport at every width (flipped and clamped by
 * placePopover), and a full-screen sheet on phones.
 */
export function FilterBar() {
  const index = useDatasetIndex();
  const filters = useExplorer(selectFilters);
  const viewMode = useExplorer(selectViewMode);
  const toggleSubjectArea = useExplorer((state) => state.toggleSubjectArea);
  const toggleOutcomeKind = useExplorer((state) => state.toggleOutcomeKind);
  const toggleEntityKind = useExplorer((state) => state.toggleEntityKind);
  const setStatedOnly = useExplorer((state) => state.setStatedOnly);
  const setViewMode = useExplorer((state) => state.setViewMode);
  const [open, setOpen] = useState(false);

  const disclosure = useRef<HTMLDetailsElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  const close = useCallback((returnFocus: boolean) => {
    const details = disclosure.current;
    if (!details?.open) return;
    details.open = false;
    if (returnFocus) details.querySelector("summary")?.focus();
  }, []);

  // A pop-over, not a page section: Escape or a press elsewhere closes it.
  useEffect(() => {
    const onEvent = (event: Event) => {
      const details = disclosure.current;
      if (!details?.open) return;
      if (event instanceof KeyboardEvent ? event.key === "Escape" : !details.contains(event.target as Node)) close(event instanceof KeyboardEvent);
    };
    document.addEventListener("keydown", onEvent);
    document.addEventListener("pointerdown", onEvent);
    return () => {
      document.removeEventListener("keydown", onEvent);
      document.removeEventListener("pointerdown", onEvent);
    };
  }, [close]);

  // Placed from script (fixed, in viewport px) so no edge of the header can push it off screen.
  useLayoutEffect(() => {
    const box = panel.current;
    const summary = disclosure.current?.querySelector("summary");
    if (!open || !box || !summary) return;
    const place = () => {
      if (window.matchMedia(sheetQuery).matches) {
        box.style.cssText = "";
        return;
      }
      box.style.maxHeight = "";
      const anchor = summary.getBoundingClientRect();
      const placement = placePopover(anchor, { width: box.offsetWidth, height: box.scrollHeight }, { width: document.documentElement.clientWidth, height: window.innerHeight });
      box.style.left = `${placement.left}px`;
      box.style.top = `${placement.top}px`;
      box.style.maxHeight = `${placement.maxHeight}px`;
    };
    place();
    window.addEventListener("resize", place);
    window.addEventListener("scroll", place, { passive: true });
    return () => {
      window.removeEventListener("resize", place);
      window.removeEventListener("scroll", place);
    };
  }, [open]);

  const active = countHidden(filters);
  return (
    <details ref={disclosure} className={styles.filters} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className={styles.filtersSummary}>
        Filters
        {active > 0 && (
          <>
            <span className={styles.badge} aria-hidden="true">
              {active}
            </span>
            <span className="visually-hidden"> ({active} active)</span>
          </>
        )}
      </summary>
      <div ref={panel} className={styles.filterGroups} role="group" aria-label="Filters for both views">
        {/* Built when first opened: the first render has no use for controls nobody sees yet. */}
        {open ? (
          <>
            <div className={styles.sheetHeader}>
              <h2 className={styles.sheetTitle}>Choose what to show</h2>
              <button type="button" className={styles.sheetDone} onClick={() => close(true)}>
                Done
              </button>
            </div>
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
          </>
        ) : null}
      </div>
    </details>
  );
}

function countHidden(filters: ReturnType<typeof selectFilters>): number {
  return filters.hiddenSubjectAreas.length + filters.hiddenOutcomeKinds.length + filters.hiddenEntityKinds.length + (filters.statedOnly ? 1 : 0);
}
