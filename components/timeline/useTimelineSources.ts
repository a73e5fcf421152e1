"use client";

import { useEffect, useMemo } from "react";
import { shallow } from "zustand/shallow";
import { createValueSource, type ValueSource } from "@/components/hooks/valueSource";
import type { ExplorerStoreApi } from "@/lib/store/createExplorerStore";
import type { DerivedSelectors } from "@/lib/store/derivedSelectors";
import { selectSelection } from "@/lib/store/selectors";
import type { ExplorerState } from "@/lib/store/types";
import { timelineEmphasis, type TimelineEmphasis } from "@/lib/timeline/timelineEmphasis";
import type { TimelineModel } from "@/lib/timeline/timelineModel";

const emphasisFor = (model: TimelineModel, derived: DerivedSelectors, state: ExplorerState) =>
  timelineEmphasis(model, { selection: selectSelection(state), highlightedMeetings: derived.selectHighlightedMeetings(state) });

/**
 * The selection's emphasis as a value outside React: recomputed when the selection or
 * what it lights up changes (imperative subscription, so a click re-renders no container).
 */
export function useStoreEmphasis(store: ExplorerStoreApi, derived: DerivedSelectors, model: TimelineModel): ValueSource<TimelineEmphasis> {
  const source = useMemo(() => createValueSource(emphasisFor(model, derived, store.getState())), [store, derived, model]);
  useEffect(() => {
    // The state may have moved between render and subscription (a link applied on mount).
    source.set(emphasisFor(model, derived, store.getState()));
    const emphasisInputs = (state: ExplorerState) => [selectSelection(state), derived.selectHighlightedMeetings(state)];
    return store.subscribe(emphasisInputs, () => source.set(emphasisFor(model, derived, store.getState())), { equalityFn: shallow });
  }, [store, derived, model, source]);
  return source;
}

