"use client";

import { useCallback, useId, useMemo, useRef, useState } from "react";
import { useElementSize } from "@/components/hooks/useElementSize";
import { useReducedMotion } from "@/components/hooks/useReducedMotion";
import { useDatasetIndex, useDerivedSelectors, useExplorer, useExplorerStoreApi } from "@/lib/store/ExplorerStoreProvider";
import { outcomeClasses } from "@/lib/model/outcomeClass";
import { selectFilters, selectFocusYear, selectSelection, selectTimeWindow } from "@/lib/store/selectors";
import { formatDate } from "@/lib/text/calendar";
import { dayOfIso, dayOfYear } from "@/lib/timeline/dates";
import { defaultFrameStyle, type TimelineFrame } from "@/lib/timeline/frame";
import { laneWeights, layoutLanes } from "@/lib/timeline/laneLayout";
import { visibilityFlags } from "@/lib/timeline/meetingFlags";
import { packRows } from "@/lib/timeline/packRows";
import { meetingAccessibleName } from "@/lib/timeline/meetingText";
import { buildTimelineModel } from "@/lib/timeline/timelineModel";
import { visibleIsoRange, windowFromPixels } from "@/lib/timeline/zoomMath";
import styles from "./Timeline.module.css";
import { AXIS_HEIGHT, TimelineAxis } from "./TimelineAxis";
import { TimelineControls } from "./TimelineControls";
import { TimelineLaneLabels } from "./TimelineLaneLabels";
import { TimelineLegend } from "./TimelineLegend";
import { TimelineMarkButtons, type MarkButtonModel } from "./TimelineMarkButtons";
import { TimelineTooltip } from "./TimelineTooltip";
import { useFrameLoop } from "./useFrameLoop";
import { useTimeBrush } from "./useTimeBrush";
import { useTimelineCanvas } from "./useTimelineCanvas";
import { useTimelineData } from "./useTimelineData";
import { useTimelineInteractions } from "./useTimelineInteractions";
import { useTimelineZoom } from "./useTimelineZoom";
import { createViewportStore } from "./viewportStore";

export interface TimelineViewProps {
  /** Called once, after the first frame with data is painted (the benchmark page marks it). */
  onFirstPaint?: () => void;
}

/** Above this many marks in view the accessible layer is left out; the status line says to zoom in. */
export const MAX_MARK_BUTTONS = 400;

function statusText(frame: TimelineFrame | null): string {
  if (!frame) return "";
  const { start, end } = visibleIsoRange(frame.view);
  const count = `${frame.marksInView.toLocaleString("en")} ${frame.marksInView === 1 ? "meeting" : "meetings"}`;
  const range = `${formatDate(start)} – ${formatDate(end)}`;
  if (frame.detail.kind === "density") return `${range}: ${count}, counted per ${frame.detail.unit}. Zoom in to reach single meetings.`;
  if (frame.marks.length > MAX_MARK_BUTTONS) return `${range}: ${count}. Zoom in to reach them one by one.`;
  return `${range}: ${count}.`;
}

/**
 * The zoomable timeline of Council meetings: canvas marks in subject-area lanes, a visx
 * time axis with the monthly presidency, and a layer of buttons for the meetings in view.
 * Reads the explorer store; fills its parent.
 */
export function TimelineView({ onFirstPaint }: TimelineViewProps) {
  const storeApi = useExplorerStoreApi();
  const index = useDatasetIndex();
  const derived = useDerivedSelectors();
  const { selectHighlight, selectVisibleMeetingIds } = derived;
  const selection = useExplorer(selectSelection);
  const highlight = useExplorer(selectHighlight);
  const timeWindow = useExplorer(selectTimeWindow);
  const visibleIds = useExplorer(selectVisibleMeetingIds);
  const filters = useExplorer(selectFilters);
  const instructionsId = useId();

  const model = useMemo(() => buildTimelineModel(index.dataset.meetings, index.dataset.subjectAreas), [index]);
  const legendOutcomes = useMemo(() => outcomeClasses.filter((_, i) => model.outcome.includes(i)), [model]);
  const laneCounts = useMemo(() => {
    const counts = model.lanes.map(() => 0);
    model.meetings.forEach((meeting, i) => {
      if (visibleIds.has(meeting.id)) counts[model.lane[i]!]!++;
    });
    return counts;
  }, [model, visibleIds]);
  const entityName = useCallback((entityId: string) => index.entitiesById.get(entityId)?.name ?? entityId.replace(/^\w+:/, ""), [index]);
  const presidentOf = useCallback(
    (entityId: string) => ({ name: entityName(entityId), code: index.entitiesById.get(entityId)?.iso3 ?? entityId.replace(/^\w+:/, "") }),
    [index, entityName],
  );

  const rootRef = useRef<HTMLElement>(null);
  const columnRef = useRef<HTMLDivElement>(null);
  const areaRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const layerRef = useRef<HTMLDivElement>(null);
  const draftBandRef = useRef<[number, number] | null>(null);
  const dismissRef = useRef<() => void>(() => {});
  const [viewport] = useState(createViewportStore);
  // What a shared link asks to see first: its time window, else its year, else everything.
  // Read when the plot is first measured, after the URL has been applied to the store.
  const initialRange = useCallback(() => {
    const { timeWindow: window, focusYear } = storeApi.getState();
    if (window) return { startDay: dayOfIso(window.start) - 2, endDay: dayOfIso(window.end) + 3 };
    return focusYear === null ? null : { startDay: dayOfYear(focusYear), endDay: dayOfYear(focusYear + 1) };
  }, [storeApi]);
  const homeRange = useCallback(() => {
    const { focusYear } = storeApi.getState();
    return focusYear === null ? null : { startDay: dayOfYear(focusYear), endDay: dayOfYear(focusYear + 1) };
  }, [storeApi]);

  const reducedMotion = useReducedMotion();
  const size = useElementSize(areaRef);
  const { requestDraw, drawRef } = useFrameLoop();
  const data = useTimelineData(storeApi, derived, model, requestDraw);
  const { transformRef, api } = useTimelineZoom({
    targetRef: columnRef,
    domain: model.domain,
    width: size.width,
    height: size.height + AXIS_HEIGHT,
    reducedMotion,
    initialRange,
    homeRange,
    onZoom: () => {
      requestDraw();
      dismissRef.current();
    },
    onEnd: requestDraw,
  });
  const focusYear = useExplorer(selectFocusYear);
  const laneBands = useMemo(() => {
    // Weights from the rows each lane needs at full mark size over the home view: the
    // focus year when there is one (all years open on 2003), else the whole domain. Fixed
    // while zooming, so lanes never jump under the pointer.
    const home = focusYear === null ? model.domain : { startDay: dayOfYear(focusYear), endDay: dayOfYear(focusYear + 1) };
    const pxPerDay = Math.max(size.width, 1) / (home.endDay - home.startDay);
    const gap = Math.max(1, Math.ceil((defaultFrameStyle.markSizes[0]! + defaultFrameStyle.markGap) / pxPerDay));
    const visible = visibilityFlags(model, visibleIds).visible.map((shown, i) => (shown && model.day[i]! >= home.startDay && model.day[i]! < home.endDay ? 1 : 0));
    const rows = packRows(model, visible, gap).rowsByLane;
    return layoutLanes(laneWeights(rows), size.height);
  }, [model, visibleIds, size, focusYear]);
  const { frameRef, settled } = useTimelineCanvas({ model, data, transformRef, size, lanes: laneBands, canvasRef, rootRef, layerRef, draftBandRef, viewport, drawRef, requestDraw, onFirstPaint });

  const buttons = useMemo<MarkButtonModel[]>(() => {
    if (!settled || settled.detail.kind !== "marks" || settled.marks.length > MAX_MARK_BUTTONS) return [];
    return settled.marks.map((mark) => {
      const meeting = model.meetings[mark.index]!;
      return { id: meeting.id, name: meetingAccessibleName(meeting), x: mark.x, y: mark.y, size: mark.size };
    });
  }, [settled, model]);
  const buttonIds = useMemo(() => buttons.map((button) => button.id), [buttons]);

  const interactions = useTimelineInteractions({ storeApi, model, data, frameRef, areaRef, layerRef, api, nameOf: entityName, buttonIds });
  dismissRef.current = interactions.dismissTooltip;

  const onBrushMouseDown = useTimeBrush({
    areaRef,
    focusRef: rootRef,
    onDraft: (band) => {
      draftBandRef.current = band;
      requestDraw();
    },
    onCommit: (x0, x1) => {
      const view = frameRef.current?.view;
      if (view) storeApi.getState().setTimeWindow(windowFromPixels(view, x0, x1));
    },
  });

  const controls = useMemo(
    () => ({
      onZoomIn: interactions.zoomIn,
      onZoomOut: interactions.zoomOut,
      onReset: () => api.reset(),
      onWindowFromView: () => {
        const view = frameRef.current?.view;
        if (view) storeApi.getState().setTimeWindow(visibleIsoRange(view));
      },
      onClearWindow: () => storeApi.getState().setTimeWindow(null),
    }),
    [api, frameRef, storeApi, interactions.zoomIn, interactions.zoomOut],
  );

  return (
    <section
      ref={rootRef}
      className={styles.root}
      role="region"
      aria-label="Timeline of Security Council meetings"
      aria-describedby={instructionsId}
      tabIndex={0}
      onKeyDown={interactions.onKeyDown}
    >
      <div className={styles.header}>
        <TimelineLegend outcomes={legendOutcomes} />
        <TimelineControls timeWindow={timeWindow} {...controls} />
        <p className={styles.status} role="status">
          {statusText(settled)}
        </p>
        <details className={styles.help}>
          <summary>How to use the timeline</summary>
          <p id={instructionsId} className={styles.instructions}>
            Scroll or pinch to zoom, drag to pan, Shift-drag to pick a time window. Keys: + and − zoom, 0 resets, arrows pan.
            Tab to the meetings, then the arrow keys move between them and Enter selects one; Ctrl-click adds to the selection.
          </p>
        </details>
      </div>
      <div className={styles.body}>
        <TimelineLaneLabels lanes={model.lanes} bands={laneBands} counts={laneCounts} hiddenLaneIds={filters.hiddenSubjectAreas} />
        <div className={styles.axisLabel} style={{ height: AXIS_HEIGHT }}>
          {index.dataset.presidencies.length > 0 ? "Presidency" : null}
        </div>
        <div ref={columnRef} className={styles.plotColumn}>
          <div
            ref={areaRef}
            className={styles.lanesArea}
            onPointerMove={interactions.onPointerMove}
            onPointerLeave={interactions.dismissTooltip}
            onClick={interactions.onClick}
            onMouseDown={onBrushMouseDown}
          >
            <canvas ref={canvasRef} className={styles.canvas} aria-hidden="true" />
            <TimelineMarkButtons
              layerRef={layerRef}
              marks={buttons}
              selectedIds={selection.meetings}
              highlightedIds={highlight.meetings}
              focusId={interactions.focusId}
              onActivate={interactions.onActivate}
              onFocusMark={interactions.onFocusMark}
              onBlurMark={interactions.onBlurMark}
            />
            {interactions.tooltip ? (
              <TimelineTooltip {...interactions.tooltip} areaWidth={size.width} areaHeight={size.height} />
            ) : null}
          </div>
          <TimelineAxis viewport={viewport} presidencies={index.dataset.presidencies} presidentOf={presidentOf} />
        </div>
      </div>
    </section>
  );
}
