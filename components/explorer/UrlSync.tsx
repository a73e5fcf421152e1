"use client";

import { useEffect } from "react";
import { useDatasetIndex, useExplorerStoreApi } from "@/lib/store/ExplorerStoreProvider";
import type { DatasetIndex } from "@/lib/model/dataset";
import { importsBehind } from "@/lib/imports/importProvenance";
import { decodeShareable, encodeShareable, searchForDefaultYear, wantsAllYears } from "@/lib/store/urlState";
import { linkNotice } from "@/lib/store/urlSchema";
import { shareableOf } from "@/lib/store/selectors";
import { shallow } from "zustand/shallow";
import { useDatasetScope } from "./DatasetScope";

/**
 * The only component that touches the URL. A new selection pushes a history entry so
 * Back walks through selections; filter and window changes replace the current entry.
 */
export function UrlSync() {
  const store = useExplorerStoreApi();
  const index = useDatasetIndex();
  const { allYears, availableYears, defaultYear, requestAllYears, leaveAllYears } = useDatasetScope();

  useEffect(() => {
    let applyingHistory = false;
    // The year the view opens on (the default year in the all-years view, none in the
    // year's own view) is the default a link need not name. Not read from the store: the
    // effect runs again when a retried year joins the data, after the user chose a year.
    const scope = { allYears, focusYear: allYears ? defaultYear : null, knownYears: availableYears };
    const apply = () => {
      const { state, problems } = decodeShareable(window.location.search, index, scope);
      applyingHistory = true;
      store.getState().applyShareable(state);
      applyingHistory = false;
      const notice = linkNotice(problems);
      if (notice) store.getState().setNotice(notice);
    };
    apply();
    // After a switch to all years (a new store) the URL must say so; unknown ids are dropped.
    const opened = shareableOf(store.getState());
    const initialSearch = encodeShareable(opened, { ...scope, imports: importsBehind([...opened.selection.meetings, ...opened.selection.entities], index.dataset) });
    // A link to every year keeps its words until the page has loaded them (the load reads the URL).
    const awaitingAllYears = !scope.allYears && wantsAllYears(window.location.search, defaultYear, availableYears);
    if (!awaitingAllYears && initialSearch !== window.location.search.replace(/^\?/, "")) {
      window.history.replaceState(null, "", `${window.location.pathname}${initialSearch ? `?${initialSearch}` : ""}${window.location.hash}`);
    }

    const unsubscribe = store.subscribe(shareableOf, (next, previous) => {
      if (applyingHistory) return;
      const imports = importsBehind([...next.selection.meetings, ...next.selection.entities], index.dataset);
      const search = encodeShareable(next, { ...scope, imports });
      const url = `${window.location.pathname}${search ? `?${search}` : ""}${window.location.hash}`;
      if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
      if (next.selection !== previous.selection) window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
    }, { equalityFn: shallow });

    // Back and Forward may cross the switch to every year: an entry of the other mode
    // switches the data first (the next store reads the entry), others apply here.
    const onHistory = () => {
      const entryWantsAllYears = wantsAllYears(window.location.search, defaultYear, availableYears);
      if (entryWantsAllYears && !allYears) requestAllYears();
      else if (!entryWantsAllYears && allYears) leaveAllYears();
      else apply();
    };
    window.addEventListener("popstate", onHistory);
    return () => {
      unsubscribe();
      window.removeEventListener("popstate", onHistory);
    };
  }, [store, index, allYears, availableYears, defaultYear, requestAllYears, leaveAllYears]);

  return null;
}

/**
 * Leaving the all-years view: the link keeps what the default year can show and drops
 * `years=all`, another focus year, and ids of other years. Kept here, beside UrlSync, so
 * the URL is written in one module; the next store reads the link as usual.
 */
export function replaceUrlForDefaultYear(yearIndex: DatasetIndex, defaultYear: number, knownYears: readonly number[]): void {
  const search = searchForDefaultYear(window.location.search, yearIndex, defaultYear, knownYears);
  window.history.replaceState(null, "", `${window.location.pathname}${search ? `?${search}` : ""}${window.location.hash}`);
}
