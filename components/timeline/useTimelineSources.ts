"use client";

import { useCallback } from "react";
import { useStoreValueSource } from "@/components/hooks/useStoreValueSource";
import type { ValueSource } from "@/components/hooks/valueSource";
import type { ExplorerStoreApi } from "@/lib/store/createExplorerStore";
import type { DerivedSelectors } from "@/lib/store/derivedSelectors";
import { selectSelection } from "@/lib/store/selectors";
import type { ExplorerState } from "@/lib/store/types";
import { timelineEmphasis, type TimelineEmphasis } from "@/lib/timeline/timelineEmphasis";
import type { TimelineModel } from "@/lib/timeline/timelineModel";

/**
 * The selection's emphasis as a value outside React: recomputed when the selection or
 * what it lights up changes (imperative subscription, so a click re-renders no container).
 */
export function useStoreEmphasis(store: ExplorerStoreApi, derived: DerivedSelectors, model: TimelineModel): ValueSource<TimelineEmphasis> {
  const emphasisFor = useCallback(
    (state: ExplorerState) => timelineEmphasis(model, { selection: selectSelection(state), highlightedMeetings: derived.selectHighlightedMeetings(state) }),
    [model, derived],
  );
  const emphasisInputs = useCallback((state: ExplorerState) => [selectSelection(state), derived.selectHighlightedMeetings(state)], [derived]);
  return useStoreValueSource(store, emphasisFor, emphasisInputs);
}
