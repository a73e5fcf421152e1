"use client";

import { useEffect, useMemo } from "react";
import { shallow } from "zustand/shallow";
import { createValueSource, type ValueSource } from "@/components/hooks/valueSource";
import { graphDisplay, type GraphDisplay } from "@/lib/graph/display";
import type { GraphData } from "@/lib/graph/types";
import type { ExplorerStoreApi } from "@/lib/store/createExplorerStore";
import type { DerivedSelectors } from "@/lib/store/derivedSelectors";
import type { ViewFrame } from "@/lib/graph/viewFrame";
import { selectFilters, selectGraphView, selectSelection } from "@/lib/store/selectors";
import type { ExplorerState } from "@/lib/store/types";

function displayFor(graph: GraphData, derived: DerivedSelectors, state: ExplorerState): GraphDisplay {
  const filters = selectFilters(state);
  return graphDisplay(graph, {
    visibleMeetingIds: derived.selectVisibleMeetingIds(state),
    statedOnly: filters.statedOnly,
    hiddenKinds: filters.hiddenEntityKinds,
    selection: selectSelection(state),
    highlight: derived.selectHighlight(state),
  });
}


/**
 * The graph's display as a value outside React: recomputed when the window, filters,
 * selection or highlight change (imperative subscription, no re-render of the canvas).
 */
export function useStoreDisplay(store: ExplorerStoreApi, derived: DerivedSelectors, graph: GraphData): ValueSource<GraphDisplay> {
  const source = useMemo(() => createValueSource(displayFor(graph, derived, store.getState())), [store, derived, graph]);
  useEffect(() => {
    const displayInputs = (state: ExplorerState) => [derived.selectVisibleMeetingIds(state), derived.selectHighlight(state), selectSelection(state), selectFilters(state)];
    source.set(displayFor(graph, derived, store.getState()));
    return store.subscribe(displayInputs, () => source.set(displayFor(graph, derived, store.getState())), { equalityFn: shallow });
  }, [store, derived, graph, source]);
  return source;
}


/** The store's graph view frame (a link's `gv`, a story step's) as a value outside React: the canvas follows it without a re-render. */
export function useStoreViewFrame(store: ExplorerStoreApi): ValueSource<ViewFrame | null> {
  const source = useMemo(() => createValueSource(selectGraphView(store.getState())), [store]);
  useEffect(() => {
    source.set(selectGraphView(store.getState()));
    return store.subscribe(selectGraphView, (frame) => source.set(frame));
  }, [store, source]);
  return source;
}
