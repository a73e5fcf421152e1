"use client";

import { useEffect, useState } from "react";
import { selectionAnnouncement } from "@/lib/details/announcement";
import { useDatasetIndex, useDerivedSelectors, useExplorerStoreApi } from "@/lib/store/ExplorerStoreProvider";
import { selectSelection } from "@/lib/store/selectors";

/**
 * Says what a selection changed, wherever it was made (timeline, graph, list, search,
 * URL), since a screen reader cannot see the other view light up. Subscribes instead of
 * rendering from a selector so the first render, the restored state, stays silent.
 */
export function LiveAnnouncer() {
  const store = useExplorerStoreApi();
  const index = useDatasetIndex();
  const { selectHighlight } = useDerivedSelectors();
  const [message, setMessage] = useState("");

  useEffect(
    () =>
      store.subscribe(selectSelection, (selection) => {
        setMessage(selectionAnnouncement(index, selection, selectHighlight(store.getState())));
      }),
    [store, index, selectHighlight],
  );

  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
}
