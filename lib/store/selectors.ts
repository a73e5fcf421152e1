import type { Meeting } from "@/lib/model/schema";
import { highlightFor, type Highlight } from "./highlight";
import type { ExplorerState } from "./types";
import { visibleMeetingIds } from "./visibility";

/**
 * Derived values are cached on the identity of their inputs, so every subscriber gets
 * the same Set for the same state and React/zustand see no change when there is none.
 */
function memoOn<Args extends readonly unknown[], Result>(compute: (...args: Args) => Result): (...args: Args) => Result {
  let lastArgs: Args | undefined;
  let lastResult: Result | undefined;
  return (...args: Args) => {
    if (lastArgs && args.length === lastArgs.length && args.every((arg, i) => Object.is(arg, lastArgs![i]))) {
      return lastResult as Result;
    }
    lastArgs = args;
    lastResult = compute(...args);
    return lastResult;
  };
}

const highlightMemo = memoOn(highlightFor);
const visibleMemo = memoOn(visibleMeetingIds);

export const selectHighlight = (state: ExplorerState): Highlight => highlightMemo(state.index, state.selection, state.filters);
export const selectVisibleMeetingIds = (state: ExplorerState): Set<string> => visibleMemo(state.index, state.filters, state.timeWindow);
export const selectSelection = (state: ExplorerState) => state.selection;
export const selectTimeWindow = (state: ExplorerState) => state.timeWindow;
export const selectFilters = (state: ExplorerState) => state.filters;
export const selectHover = (state: ExplorerState) => state.hover;
export const selectIndex = (state: ExplorerState) => state.index;
export const selectNotice = (state: ExplorerState) => state.notice;
export const selectViewMode = (state: ExplorerState) => state.viewMode;

export const selectIsMeetingSelected = (id: string) => (state: ExplorerState) => state.selection.meetings.includes(id);
export const selectIsEntitySelected = (id: string) => (state: ExplorerState) => state.selection.entities.includes(id);
export const selectHasSelection = (state: ExplorerState) => state.selection.meetings.length + state.selection.entities.length > 0;

/** Meetings in date order that the filters and window let through. */
const visibleMeetingsMemo = memoOn((meetings: Meeting[], visible: Set<string>) => meetings.filter((meeting) => visible.has(meeting.id)));
export const selectVisibleMeetings = (state: ExplorerState): Meeting[] =>
  visibleMeetingsMemo(state.index.dataset.meetings, selectVisibleMeetingIds(state));

// Added for the details, search and list panels: one value each, stable while unchanged.
export const selectStatedOnly = (state: ExplorerState) => state.filters.statedOnly;
export const selectHighlightedMeetings = (state: ExplorerState): ReadonlySet<string> => selectHighlight(state).meetings;
export const selectSubjectAreas = (state: ExplorerState) => state.index.dataset.subjectAreas;
export const selectFocusYear = (state: ExplorerState) => state.focusYear;
/** True when the loaded data spans more than the 2003 view. */
export const selectIsAllYears = (state: ExplorerState) => state.index.dataset.years.length > 1;
/**
 * The selection as one string. Each view stamps the one it last painted on its root
 * (`data-painted-selection`), so the benchmark and tests can see both views caught up.
 */
export const selectSelectionKey = (state: ExplorerState) => `${state.selection.meetings.join(",")}|${state.selection.entities.join(",")}`;
export const selectHiddenSubjectAreas = (state: ExplorerState) => state.filters.hiddenSubjectAreas;
