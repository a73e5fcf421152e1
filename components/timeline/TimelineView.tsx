"use client";

import { useCallback, useMemo } from "react";
import { requestDetailsReveal } from "@/components/hooks/detailsReveal";
import { useDatasetIndex, useDerivedSelectors, useExplorer, useExplorerStoreApi } from "@/lib/store/ExplorerStoreProvider";
import { selectFocusYear, selectHiddenSubjectAreas, selectPresenting, selectStoryContent, selectTimeWindow } from "@/lib/store/selectors";
import { dayOfYear } from "@/lib/timeline/dates";
import { visibilityFlags } from "@/lib/timeline/meetingFlags";
import { buildTimelineModel } from "@/lib/timeline/timelineModel";
import type { IsoRange } from "@/lib/timeline/zoomMath";
import { usePresentationTextPx } from "@/components/hooks/usePresentationTextPx";
import { TimelineScene } from "./TimelineScene";
import { useStoreHoverIndex } from "@/components/hooks/useStoreHoverIndex";
import type { SelectHow } from "./useTimelineInteractions";
import { useStoreEmphasis } from "./useTimelineSources";

const MEETINGS_ONLY = ["meeting"] as const;

interface TimelineViewProps {
  onFirstPaint?(): void;
  /** The year of a one-year page (its home), when no year is chosen; null on every year's. */
  pageYear?: number | null;
}

/**
 * The timeline of Council meetings, tied to the explorer store: it fills its parent,
 * shows what the filters and time window leave, lights the selection, and selects on
 * click or Enter. It re-renders when the data, filters, window or focus year change;
 * selection and hover reach the scene as value sources, so a click re-renders nothing here.
 */
export function TimelineView({ onFirstPaint, pageYear = null }: TimelineViewProps = {}) {
  const store = useExplorerStoreApi();
  const index = useDatasetIndex();
  const derived = useDerivedSelectors();
  const visibleIds = useExplorer(derived.selectVisibleMeetingIds);
  const timeWindow = useExplorer(selectTimeWindow);
  const hiddenLaneIds = useExplorer(selectHiddenSubjectAreas);
  const focusYear = useExplorer(selectFocusYear);
  const presenting = useExplorer(selectPresenting);
  const storyOpen = useExplorer(selectStoryContent) !== null;
  const presentationTextPx = usePresentationTextPx(presenting);

  const model = useMemo(() => buildTimelineModel(index.dataset.meetings, index.dataset.subjectAreas, index.participantsKnown), [index]);
  const visibility = useMemo(() => visibilityFlags(model, visibleIds), [model, visibleIds]);
  // The page's own year is home even when imports bring meetings of other years: one
  // imported 1948 table must not squeeze 2003 into a sliver at the right of the axis.
  const homeYear = focusYear ?? pageYear;
  const home = useMemo(() => (homeYear === null ? null : { startDay: dayOfYear(homeYear), endDay: dayOfYear(homeYear + 1) }), [homeYear]);
  const emphasis = useStoreEmphasis(store, derived, model);
  const hover = useStoreHoverIndex(store, model.indexById, MEETINGS_ONLY);

  const nameOf = useCallback((entityId: string) => index.entitiesById.get(entityId)?.name ?? entityId.replace(/^\w+:/, ""), [index]);
  const presidentOf = useCallback(
    (entityId: string) => ({ name: nameOf(entityId), code: index.entitiesById.get(entityId)?.iso3 ?? entityId.replace(/^\w+:/, "") }),
    [index, nameOf],
  );
  const onSelectMeeting = useCallback(
    (id: string, additive: boolean, how?: SelectHow) => {
      store.getState().selectMeeting(id, { additive });
      // On a phone the details sit far below the timeline: a tap brings them up (a second tap that unselects does not).
      if (how?.touch && store.getState().selection.meetings.includes(id)) requestDetailsReveal({ id, focus: true });
    },
    [store],
  );
  const onHoverMeeting = useCallback(
    (id: string | null) => {
      // Leaving a meeting clears only a meeting's hover: an entity hovered in the graph stays.
      if (id) store.getState().setHover({ kind: "meeting", id });
      else if (store.getState().hover?.kind === "meeting") store.getState().setHover(null);
    },
    [store],
  );
  const onWindowChange = useCallback((window: IsoRange | null) => store.getState().setTimeWindow(window), [store]);
  const onClearSelection = useCallback(() => store.getState().clearSelection(), [store]);

  return (
    <TimelineScene
      model={model}
      visibility={visibility}
      hiddenLaneIds={hiddenLaneIds}
      emphasis={emphasis}
      hover={hover}
      timeWindow={timeWindow}
      home={home}
      presidencies={index.dataset.presidencies}
      nameOf={nameOf}
      presidentOf={presidentOf}
      onSelectMeeting={onSelectMeeting}
      onHoverMeeting={onHoverMeeting}
      onWindowChange={onWindowChange}
      onClearSelection={onClearSelection}
      onFirstPaint={onFirstPaint}
      presentationTextPx={presenting ? presentationTextPx : undefined}
      followWindow={presenting || storyOpen}
    />
  );
}
