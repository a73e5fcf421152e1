"use client";

import { useMemo } from "react";
import { useExplorerStoreApi } from "./ExplorerStoreProvider";

/**
 * Select one meeting or entity from a button, a link or a search result. The store's
 * select actions toggle an item that is already the only selection (a second click on a
 * timeline mark clears it); following a link to what is already shown must not.
 */
export function useChoose() {
  const store = useExplorerStoreApi();
  return useMemo(
    () => ({
      chooseMeeting(id: string) {
        const { selection, selectMeeting } = store.getState();
        if (selection.entities.length === 0 && selection.meetings.length === 1 && selection.meetings[0] === id) return;
        selectMeeting(id);
      },
      chooseEntity(id: string) {
        const { selection, selectEntity } = store.getState();
        if (selection.meetings.length === 0 && selection.entities.length === 1 && selection.entities[0] === id) return;
        selectEntity(id);
      },
    }),
    [store],
  );
}
