"use client";

import { useCallback } from "react";
import { useStoreValueSource } from "@/components/hooks/useStoreValueSource";
import type { ValueSource } from "@/components/hooks/valueSource";
import { graphDisplay, type GraphDisplay } from "@/lib/graph/display";
import type { GraphData } from "@/lib/graph/types";
import type { ViewFrame } from "@/lib/graph/viewFrame";
import type { ExplorerStoreApi } from "@/lib/store/createExplorerStore";
import type { DerivedSelectors } from "@/lib/store/derivedSelectors";
import { graphDisplayInput } from "@/lib/store/graphDisplayInput";
import { selectFilters, selectGraphView, selectSelection } from "@/lib/store/selectors";
import type { ExplorerState } from "@/lib/store/types";

/**
 * The graph's display as a value outside React: recomputed when the window, filters,
 * selection or highlight change (imperative subscription, no re-render of the canvas).
 */
export function useStoreDisplay(store: ExplorerStoreApi, derived: DerivedSelectors, graph: GraphData): ValueSource<GraphDisplay> {
  const displayFor = useCallback((state: ExplorerState) => graphDisplay(graph, graphDisplayInput(derived, state)), [graph, derived]);
  const displayInputs = useCallback((state: ExplorerState) => [derived.selectVisibleMeetingIds(state), derived.selectHighlight(state), selectSelection(state), selectFilters(state)], [derived]);
  return useStoreValueSource(store, displayFor, displayInputs);
}

/** The store's graph view frame (a link's `gv`, a story step's) as a value outside React: the canvas follows it without a re-render. */
export function useStoreViewFrame(store: ExplorerStoreApi): ValueSource<ViewFrame | null> {
  return useStoreValueSource(store, selectGraphView);
}
