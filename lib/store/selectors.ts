import type { ExplorerState, ShareableState } from "./types";

// Named selectors of the UI state, one value each. Values that also need the dataset
// (highlight, visible meetings) are made per store: see derivedSelectors.ts.

export const selectSelection = (state: ExplorerState) => state.selection;
export const selectTimeWindow = (state: ExplorerState) => state.timeWindow;
export const selectFilters = (state: ExplorerState) => state.filters;
export const selectHover = (state: ExplorerState) => state.hover;
export const selectNotice = (state: ExplorerState) => state.notice;
export const selectViewMode = (state: ExplorerState) => state.viewMode;
export const selectStatedOnly = (state: ExplorerState) => state.filters.statedOnly;
export const selectFocusYear = (state: ExplorerState) => state.focusYear;
export const selectGraphView = (state: ExplorerState) => state.graphView;

/** What a link carries of the state, the story included. A new object each call: for reading the state, not as a `useExplorer` selector. */
export const shareableOf = (state: ExplorerState): ShareableState => ({
  selection: state.selection,
  timeWindow: state.timeWindow,
  filters: state.filters,
  viewMode: state.viewMode,
  focusYear: state.focusYear,
  story: state.story,
  graphView: state.graphView,
});

export const selectIsMeetingSelected = (id: string) => (state: ExplorerState) => state.selection.meetings.includes(id);
export const selectIsEntitySelected = (id: string) => (state: ExplorerState) => state.selection.entities.includes(id);
export const selectHasSelection = (state: ExplorerState) => state.selection.meetings.length + state.selection.entities.length > 0;
/**
 * The selection as one string. Each view stamps the one it last painted on its root
 * (`data-painted-selection`), so the benchmark and tests can see both views caught up.
 */
export const selectSelectionKey = (state: ExplorerState) => `${state.selection.meetings.join(",")}|${state.selection.entities.join(",")}`;
export const selectHiddenSubjectAreas = (state: ExplorerState) => state.filters.hiddenSubjectAreas;
export const selectStoryPosition = (state: ExplorerState) => state.story;
export const selectStoryContent = (state: ExplorerState) => state.storyContent;
export const selectPresenting = (state: ExplorerState) => state.presenting;
