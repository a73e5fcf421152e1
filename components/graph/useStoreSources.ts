"use client";

import { useEffect, useMemo } from "react";
import { shallow } from "zustand/shallow";
import { graphDisplay, type GraphDisplay } from "@/lib/graph/display";
import type { GraphData } from "@/lib/graph/types";
import type { ExplorerStoreApi } from "@/lib/store/createExplorerStore";
import { selectFilters, selectHighlight, selectHover, selectSelection, selectVisibleMeetingIds } from "@/lib/store/selectors";
import type { ExplorerState } from "@/lib/store/types";
import { createValueSource, type ValueSource } from "./valueSource";

function displayFor(graph: GraphData, state: ExplorerState): GraphDisplay {
  const filters = selectFilters(state);
  return graphDisplay(graph, {
    visibleMeetingIds: selectVisibleMeetingIds(state),
    statedOnly: filters.statedOnly,
    hiddenKinds: filters.hiddenEntityKinds,
    selection: selectSelection(state),
    highlight: selectHighlight(state),
  });
}

const displayInputs = (state: ExplorerState) => [selectVisibleMeetingIds(state), selectHighlight(state), selectSelection(state), selectFilters(state)];

/**
 * The graph's display as a value outside React: recomputed when the window, filters,
 * selection or highlight change (imperative subscription, no re-render of the canvas).
 */
export function useStoreDisplay(store: ExplorerStoreApi, graph: GraphData): ValueSource<GraphDisplay> {
  const source = useMemo(() => createValueSource(displayFor(graph, store.getState())), [store, graph]);
  useEffect(() => {
    source.set(displayFor(graph, store.getState()));
    return store.subscribe(displayInputs, () => source.set(displayFor(graph, store.getState())), { equalityFn: shallow });
  }, [store, graph, source]);
  return source;
}

/** The store's hover as a node index (-1 when nothing in the graph is hovered). */
export function useStoreHover(store: ExplorerStoreApi, graph: GraphData): ValueSource<number> {
  const source = useMemo(() => createValueSource(-1), []);
  useEffect(() => {
    const indexOf = (state: ExplorerState) => {
      const hover = selectHover(state);
      return hover ? (graph.indexById.get(hover.id) ?? -1) : -1;
    };
    source.set(indexOf(store.getState()));
    return store.subscribe(indexOf, (index) => source.set(index));
  }, [store, graph, source]);
  return source;
}
