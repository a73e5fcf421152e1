"use client";

import { useEffect, useId, useLayoutEffect, useMemo, useRef, useSyncExternalStore } from "react";
import type { ValueSource } from "@/components/hooks/valueSource";
import type { PresidencyMonth } from "@/lib/model/dataset";
import { outcomeClasses } from "@/lib/model/outcomeClass";
import { laneBandsFor, visibleCountByLane } from "@/lib/timeline/laneBands";
import { markButtons } from "@/lib/timeline/markLayer";
import type { VisibilityFlags } from "@/lib/timeline/meetingFlags";
import type { TimelineEmphasis } from "@/lib/timeline/timelineEmphasis";
import type { TimelineModel } from "@/lib/timeline/timelineModel";
import { timelineStatus } from "@/lib/timeline/timelineStatus";
import { daysInView, visibleIsoRange, type DayRange, type IsoRange } from "@/lib/timeline/zoomMath";
import styles from "./Timeline.module.css";
import { AXIS_HEIGHT, TimelineAxis } from "./TimelineAxis";
import { TimelineControls } from "./TimelineControls";
import { TimelineLaneLabels } from "./TimelineLaneLabels";
import { TimelineLegend } from "./TimelineLegend";
import { TimelineMarkButtons } from "./TimelineMarkButtons";
import { TimelineTooltip } from "./TimelineTooltip";
import { useElementSize } from "@/components/hooks/useElementSize";
import { useReducedMotion } from "@/components/hooks/useReducedMotion";
import { useTimeBrush } from "./useTimeBrush";
import { useTimelineInteractions, type TimelineCallbacks } from "./useTimelineInteractions";
import { useTimelineRenderer, type TimelineElementRefs } from "./useTimelineRenderer";

export interface TimelineSceneProps extends TimelineCallbacks {
  model: TimelineModel;
  /** Which meetings the filters and the time window let through. */
  visibility: VisibilityFlags;
  /** Lanes the filters hide: labelled "(hidden)" instead of counted. */
  hiddenLaneIds: readonly string[];
  /** Selected and highlighted meetings; changes reach the canvas and the buttons without re-rendering the scene. */
  emphasis: ValueSource<TimelineEmphasis>;
  /** A meeting hovered elsewhere (the graph), by model index; -1 for none. */
  hover: ValueSource<number>;
  timeWindow: IsoRange | null;
  onWindowChange(window: IsoRange | null): void;
  /** What Reset shows and lane heights are fitted to (a focus year); null: the whole domain. */
  home: DayRange | null;
  presidencies: readonly PresidencyMonth[];
  nameOf(entityId: string): string;
  presidentOf(entityId: string): { name: string; code: string };
  /** Called once, after the first frame with data is painted (the benchmark page marks it). */
  onFirstPaint?(): void;
}

/**
 * The zoomable timeline without the store: canvas marks in subject-area lanes, a visx
 * time axis with the monthly presidency, and a layer of buttons for the meetings in view.
 * TimelineView connects it to the explorer store; the bench page feeds it a workload.
 */
export function TimelineScene(props: TimelineSceneProps) {
  const { model, visibility, hiddenLaneIds, emphasis, hover, timeWindow, onWindowChange, home, presidencies, nameOf, presidentOf, onFirstPaint } = props;
  const { onSelectMeeting, onHoverMeeting, onClearSelection } = props;
  const instructionsId = useId();
  const rootRef = useRef<HTMLElement>(null);
  const columnRef = useRef<HTMLDivElement>(null);
  const areaRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const layerRef = useRef<HTMLDivElement>(null);
  const elements = useMemo<TimelineElementRefs>(() => ({ root: rootRef, canvas: canvasRef, zoomTarget: columnRef, markLayer: layerRef }), []);
  const renderer = useTimelineRenderer(model, elements, { onFirstPaint });

  const size = useElementSize(areaRef);
  const reducedMotion = useReducedMotion();
  const lanes = useMemo(() => laneBandsFor(model, visibility, home, size.width, size.height), [model, visibility, home, size]);
  const legendOutcomes = useMemo(() => outcomeClasses.filter((_, i) => model.outcome.includes(i)), [model]);

  // Inputs before the size: the first view a width allows opens on the window or home.
  useLayoutEffect(() => renderer.setLanes(lanes), [renderer, lanes]);
  useLayoutEffect(() => renderer.setVisibility(visibility), [renderer, visibility]);
  useLayoutEffect(() => renderer.setTimeWindow(timeWindow), [renderer, timeWindow]);
  useLayoutEffect(() => renderer.zoom.setHome(home), [renderer, home]);
  useLayoutEffect(() => renderer.resize(size.width, size.height, AXIS_HEIGHT, window.devicePixelRatio || 1), [renderer, size]);
  useEffect(() => renderer.zoom.setReducedMotion(reducedMotion), [renderer, reducedMotion]);
  useEffect(() => renderer.follow(emphasis, hover), [renderer, emphasis, hover]);

  const settled = useSyncExternalStore(renderer.settled.subscribe, renderer.settled.get, () => null);
  const buttons = useMemo(() => markButtons(settled, model), [settled, model]);
  // The lanes count the days the status line names: the settled view, else the home view.
  const countedDays = settled ? daysInView(settled.view) : (home ?? model.domain);
  const laneCounts = useMemo(
    () => visibleCountByLane(model, visibility, { startDay: countedDays.startDay, endDay: countedDays.endDay }),
    [model, visibility, countedDays.startDay, countedDays.endDay],
  );
  const buttonIds = useMemo(() => buttons.map((button) => button.id), [buttons]);
  // Once React has placed the buttons for the settled view, the layer needs no transform until the view moves.
  useLayoutEffect(() => renderer.markLayerPlacedFor(settled?.view ?? null), [renderer, settled]);

  const interactions = useTimelineInteractions({ model, renderer, visibility, emphasis, nameOf, layerRef, buttonIds, onSelectMeeting, onHoverMeeting, onClearSelection });
  const onBrushMouseDown = useTimeBrush(renderer, rootRef, onWindowChange);
  const controls = useMemo(
    () => ({
      onZoomIn: interactions.zoomIn,
      onZoomOut: interactions.zoomOut,
      onReset: () => renderer.zoom.reset(),
      onWindowFromView: () => {
        const view = renderer.view;
        if (view) onWindowChange(visibleIsoRange(view));
      },
      onClearWindow: () => onWindowChange(null),
    }),
    [renderer, onWindowChange, interactions.zoomIn, interactions.zoomOut],
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
          {timelineStatus(settled)}
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
        <TimelineLaneLabels lanes={model.lanes} bands={lanes} counts={laneCounts} hiddenLaneIds={hiddenLaneIds} />
        <div className={styles.axisLabel} style={{ height: AXIS_HEIGHT }}>
          {presidencies.length > 0 ? "Presidency" : null}
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
              emphasis={emphasis}
              focus={interactions.focus}
              onActivate={interactions.onActivate}
              onFocusMark={interactions.onFocusMark}
              onBlurMark={interactions.onBlurMark}
            />
            <TimelineTooltip tooltip={interactions.tooltip} areaWidth={size.width} areaHeight={size.height} />
          </div>
          <TimelineAxis viewport={renderer.axisViewport} presidencies={presidencies} presidentOf={presidentOf} />
        </div>
      </div>
    </section>
  );
}
