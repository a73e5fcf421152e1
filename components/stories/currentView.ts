import type { ExplorerState } from "@/lib/store/types";
import { shareableOf } from "@/lib/store/selectors";
import { encodeShareable } from "@/lib/store/urlState";

export interface ViewScope {
  allYears: boolean;
  focusYear: number | null;
}

/** The view on screen as a step: its URL state, without the story around it. */
export function currentViewSearch(state: ExplorerState, scope: ViewScope): string {
  return encodeShareable({ ...shareableOf(state), story: null }, scope);
}
