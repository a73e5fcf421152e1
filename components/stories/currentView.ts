import type { ExplorerState } from "@/lib/store/types";
import { encodeShareable } from "@/lib/store/urlState";

export interface ViewScope {
  allYears: boolean;
  focusYear: number | null;
}

/** The view on screen as a step: its URL state, without the story around it. */
export function currentViewSearch(state: ExplorerState, scope: ViewScope): string {
  return encodeShareable({ selection: state.selection, timeWindow: state.timeWindow, filters: state.filters, viewMode: state.viewMode, focusYear: state.focusYear, story: null }, scope);
}
