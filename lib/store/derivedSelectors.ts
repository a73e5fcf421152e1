import { coverageOf, type Coverage } from "@/lib/model/coverage";
import type { DatasetIndex } from "@/lib/model/dataset";
import type { Meeting } from "@/lib/model/schema";
import { highlightFor, type Highlight } from "./highlight";
import type { ExplorerState, TimeWindow } from "./types";
import { listWindow, meetingInWindow, visibleMeetingIds } from "./visibility";

/**
 * Derived values are cached on the identity of their inputs, so every subscriber gets
 * the same Set for the same state and React/zustand see no change when there is none.
 * One slot per cache: a cache that served two stores would recompute on every call.
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

/** The selectors whose values depend on the dataset as well as on the UI state. */
export interface DerivedSelectors {
  /** What both views light up for the selection (see highlightFor). */
  selectHighlight(state: ExplorerState): Highlight;
  selectHighlightedMeetings(state: ExplorerState): ReadonlySet<string>;
  /** Ids of the meetings the filters and the time window let through. */
  selectVisibleMeetingIds(state: ExplorerState): Set<string>;
  /** Those meetings, in date order. */
  selectVisibleMeetings(state: ExplorerState): Meeting[];
  /** The days the meeting list covers (see listWindow). */
  selectListWindow(state: ExplorerState): TimeWindow | null;
  /** The visible meetings in the list's window, in date order: what the list shows and counts. */
  selectListedMeetings(state: ExplorerState): Meeting[];
  /** How many of the listed meetings have known participants: the coverage sentence. */
  selectCoverage(state: ExplorerState): Coverage;
}

/**
 * The derived selectors of one explorer over one dataset. Each call makes new caches:
 * the provider makes one set per store, so two explorers on a page (or two tests)
 * never share, and never evict, each other's cached values.
 */
export function createDerivedSelectors(index: DatasetIndex): DerivedSelectors {
  const highlightMemo = memoOn((selection: ExplorerState["selection"], filters: ExplorerState["filters"]) => highlightFor(index, selection, filters));
  const visibleIdsMemo = memoOn((filters: ExplorerState["filters"], timeWindow: ExplorerState["timeWindow"]) => visibleMeetingIds(index, filters, timeWindow));
  const visibleMeetingsMemo = memoOn((visible: Set<string>) => index.dataset.meetings.filter((meeting) => visible.has(meeting.id)));
  const listWindowMemo = memoOn((timeWindow: ExplorerState["timeWindow"], focusYear: ExplorerState["focusYear"]) => listWindow(timeWindow, focusYear, index.dataset.years));
  const listedMeetingsMemo = memoOn((visible: Meeting[], window: TimeWindow | null) => (window ? visible.filter((meeting) => meetingInWindow(meeting, window)) : visible));

  const coverageMemo = memoOn((listed: Meeting[]) => coverageOf(listed, index.participantsKnown));

  const selectHighlight = (state: ExplorerState) => highlightMemo(state.selection, state.filters);
  const selectVisibleMeetingIds = (state: ExplorerState) => visibleIdsMemo(state.filters, state.timeWindow);
  const selectVisibleMeetings = (state: ExplorerState) => visibleMeetingsMemo(selectVisibleMeetingIds(state));
  const selectListWindow = (state: ExplorerState) => listWindowMemo(state.timeWindow, state.focusYear);
  return {
    selectHighlight,
    selectHighlightedMeetings: (state) => selectHighlight(state).meetings,
    selectVisibleMeetingIds,
    selectVisibleMeetings,
    selectListWindow,
    selectListedMeetings: (state) => listedMeetingsMemo(selectVisibleMeetings(state), selectListWindow(state)),
    selectCoverage: (state) => coverageMemo(listedMeetingsMemo(selectVisibleMeetings(state), selectListWindow(state))),
  };
}
