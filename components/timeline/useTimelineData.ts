import { useEffect, useMemo } from "react";
import { binMeetings, type DensityBins, type DensityUnit } from "@/lib/timeline/levelOfDetail";
import { emphasisFlags, visibilityFlags, type EmphasisFlags, type VisibilityFlags } from "@/lib/timeline/meetingFlags";
import { createRowPackingCache, type RowPacking } from "@/lib/timeline/packRows";
import { dayOfIso } from "@/lib/timeline/dates";
import type { TimelineModel } from "@/lib/timeline/timelineModel";
import type { ExplorerStoreApi } from "@/lib/store/createExplorerStore";
import type { DerivedSelectors } from "@/lib/store/derivedSelectors";
import { selectHasSelection, selectHover, selectSelection, selectSelectionKey, selectTimeWindow } from "@/lib/store/selectors";
import type { ExplorerState } from "@/lib/store/types";

/** What the canvas needs from the store, as flat arrays; refreshed by subscriptions, never by React renders. */
export interface TimelineData {
  visibility: VisibilityFlags;
  emphasis: EmphasisFlags;
  density: Record<DensityUnit, DensityBins>;
  rowsFor: (minGapDays: number) => RowPacking;
  hoverIndex: number;
  /** The store's time window as [startDay, endDay) or null. */
  windowDays: { startDay: number; endDay: number } | null;
  /** selectSelectionKey of the selection these flags show. */
  selectionKey: string;
}

function emphasisOf(model: TimelineModel, derived: DerivedSelectors, state: ExplorerState): EmphasisFlags {
  return emphasisFlags(model, derived.selectHighlight(state).meetings, state.selection.meetings, selectHasSelection(state));
}

function densityOf(model: TimelineModel, visibility: VisibilityFlags, emphasis: EmphasisFlags): Record<DensityUnit, DensityBins> {
  return { month: binMeetings(model, visibility, emphasis, "month"), year: binMeetings(model, visibility, emphasis, "year") };
}

function hoverIndexOf(model: TimelineModel, state: ExplorerState): number {
  const hover = selectHover(state);
  return hover?.kind === "meeting" ? (model.indexById.get(hover.id) ?? -1) : -1;
}

function windowDaysOf(state: ExplorerState): TimelineData["windowDays"] {
  const window = selectTimeWindow(state);
  return window ? { startDay: dayOfIso(window.start), endDay: dayOfIso(window.end) + 1 } : null;
}

function compute(model: TimelineModel, derived: DerivedSelectors, state: ExplorerState): TimelineData {
  const visibility = visibilityFlags(model, derived.selectVisibleMeetingIds(state));
  const emphasis = emphasisOf(model, derived, state);
  return {
    visibility,
    emphasis,
    density: densityOf(model, visibility, emphasis),
    rowsFor: createRowPackingCache(model, visibility.visible),
    hoverIndex: hoverIndexOf(model, state),
    windowDays: windowDaysOf(state),
    selectionKey: selectSelectionKey(state),
  };
}

/**
 * Subscribes imperatively (subscribeWithSelector) to the slices the canvas draws and keeps
 * their flat forms; each change asks for a redraw in the next frame through `onChange`.
 */
function createTimelineDataSource(storeApi: ExplorerStoreApi, derived: DerivedSelectors, model: TimelineModel) {
  let data = compute(model, derived, storeApi.getState());
  return {
    get current(): TimelineData {
      return data;
    },
    subscribe(onChange: () => void): () => void {
      const refreshEmphasis = () => {
        const state = storeApi.getState();
        const emphasis = emphasisOf(model, derived, state);
        data = { ...data, emphasis, density: densityOf(model, data.visibility, emphasis), selectionKey: selectSelectionKey(state) };
        onChange();
      };
      const unsubscribes = [
        storeApi.subscribe(derived.selectVisibleMeetingIds, () => {
          data = compute(model, derived, storeApi.getState());
          onChange();
        }),
        storeApi.subscribe(derived.selectHighlight, refreshEmphasis),
        storeApi.subscribe(selectSelection, refreshEmphasis),
        storeApi.subscribe(selectHasSelection, refreshEmphasis),
        storeApi.subscribe(selectHover, () => {
          data = { ...data, hoverIndex: hoverIndexOf(model, storeApi.getState()) };
          onChange();
        }),
        storeApi.subscribe(selectTimeWindow, () => {
          data = { ...data, windowDays: windowDaysOf(storeApi.getState()) };
          onChange();
        }),
      ];
      // The state may have moved between render and subscription.
      data = compute(model, derived, storeApi.getState());
      onChange();
      return () => unsubscribes.forEach((unsubscribe) => unsubscribe());
    },
  };
}

export type TimelineDataSource = ReturnType<typeof createTimelineDataSource>;

export function useTimelineData(storeApi: ExplorerStoreApi, derived: DerivedSelectors, model: TimelineModel, onChange: () => void): TimelineDataSource {
  const source = useMemo(() => createTimelineDataSource(storeApi, derived, model), [storeApi, derived, model]);
  useEffect(() => source.subscribe(onChange), [source, onChange]);
  return source;
}
