"use client";

import { useEffect, useState } from "react";
import { selectionAnnouncement } from "@/lib/details/announcement";
import { selectHighlight, selectSelection } from "@/lib/store/selectors";
import { useExplorerStoreApi } from "@/lib/store/ExplorerStoreProvider";

/**
 * Says what a selection changed, wherever it was made (timeline, graph, list, search,
 * URL), since a screen reader cannot see the other view light up. Subscribes instead of
 * rendering from a selector so the first render, the restored state, stays silent.
 */
export function LiveAnnouncer() {
  const store = useExplorerStoreApi();
  const [message, setMessage] = useState("");

  useEffect(
    () =>
      store.subscribe(selectSelection, (selection) => {
        const state = store.getState();
        setMessage(selectionAnnouncement(state.index, selection, selectHighlight(state)));
      }),
    [store],
  );

  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
}
