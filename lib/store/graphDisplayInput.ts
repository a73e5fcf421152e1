import type { DisplayInput } from "@/lib/graph/display";
import type { DerivedSelectors } from "./derivedSelectors";
import { selectFilters, selectSelection } from "./selectors";
import type { ExplorerState } from "./types";

/** What the graph's display is a function of, read from the store: the view and its tests read it the same way. */
export function graphDisplayInput(derived: Pick<DerivedSelectors, "selectVisibleMeetingIds" | "selectHighlight">, state: ExplorerState): DisplayInput {
  const filters = selectFilters(state);
  return {
    visibleMeetingIds: derived.selectVisibleMeetingIds(state),
    statedOnly: filters.statedOnly,
    hiddenKinds: filters.hiddenEntityKinds,
    selection: selectSelection(state),
    highlight: derived.selectHighlight(state),
  };
}
