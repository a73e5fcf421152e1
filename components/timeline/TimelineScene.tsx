"use client";

import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type CSSProperties } from "react";
import { useViewFigureSource } from "@/components/hooks/viewFigures";
import type { ValueSource } from "@/components/hooks/valueSource";
import type { PresidencyMonth } from "@/lib/model/dataset";
import { legendOutcomesOf, legendOutcomesShown } from "@/lib/timeline/legendOutcomes";
import { laneBandsFor, minLanesHeight, visibleCountByLane } from "@/lib/timeline/laneBands";
import { markButtons } from "@/lib/timeline/markLayer";
import type { VisibilityFlags } from "@/lib/timeline/meetingFlags";
import type { TimelineEmphasis } from "@/lib/timeline/timelineEmphasis";
import type { TimelineModel } from "@/lib/timeline/timelineModel";
import { timelineStatus } from "@/lib/timeline/timelineStatus";
import { daysInView, visibleIsoRange, type DayRange, type IsoRange } from "@/lib/timeline/zoomMath";
import styles from "./Timeline.module.css";
import { presentationTimelineTheme, timelineTheme } from "@/lib/theme/theme";
import { axisHeightFor, TimelineAxis } from "./TimelineAxis";
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
import { groupDigits } from "@/lib/text/groupDigits";

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
  /** Presentation mode's type size in px: the projector's theme (lib/theme). Absent: the page's theme. */
  presentationTextPx?: number;
  /** Show each new time window whole (a story's steps), not only bring one out of view into view. */
  followWindow?: boolean;
}

/**
 * The zoomable timeline without the store: canvas marks in subject-area lanes, a visx
 * time axis with the monthly presidency, and a layer of buttons for the meetings in view.
 * TimelineView connects it to the explorer store; the bench page feeds it a workload.
 */
export function TimelineScene(props: TimelineSceneProps) {
  const { model, visibility, hiddenLaneIds, emphasis, hover, timeWindow, onWindowChange, home, presidencies, nameOf, presidentOf, onFirstPaint, presentationTextPx, followWindow = false } = props;
  const presentation = presentationTextPx !== undefined;
  const theme = presentation ? presentationTimelineTheme(presentationTextPx) : timelineTheme;
  const axisHeight = axisHeightFor(theme.textPx);
  const { onSelectMeeting, onHoverMeeting, onClearSelection } = props;
  const instructionsId = useId();
  const rootRef = useRef<HTMLElement>(null);
  const columnRef = useRef<HTMLDivElement>(null);
  const areaRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const layerRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const elements = useMemo<TimelineElementRefs>(() => ({ root: rootRef, canvas: canvasRef, zoomTarget: columnRef, markLayer: layerRef, lanesScroller: bodyRef }), []);
  const renderer = useTimelineRenderer(model, elements, {
    onFirstPaint: () => {
      setPainted(true);
      onFirstPaint?.();
    },
  });

  useViewFigureSource("timeline", useCallback(() => renderer.figure(), [renderer]));

  const size = useElementSize(areaRef);
  const reducedMotion = useReducedMotion();
  // Short of this height the lanes scroll rather than the year turning into bars (browser zoom, a notice).
  const lanesMinHeight = useMemo(() => minLanesHeight(model, visibility, home, size.width), [model, visibility, home, size.width]);
  // The first measure comes before --lanes-min holds the lanes open, and the grid is about to
  // make them that tall: drawing at the measured height would show a frame of monthly bars.
  const plotHeight = size.width > 0 ? Math.max(size.height, lanesMinHeight) : size.height;
  const lanes = useMemo(() => laneBandsFor(model, visibility, home, size.width, plotHeight), [model, visibility, home, size.width, plotHeight]);
  const [painted, setPainted] = useState(false);
  // A projector's key lists what the window shows; the page's is the full reference.
  const allOutcomes = useMemo(() => legendOutcomesOf(model), [model]);
  const shownOutcomes = useMemo(() => (presentation ? legendOutcomesShown(model, visibility) : null), [model, visibility, presentation]);
  const legendOutcomes = shownOutcomes ?? allOutcomes;

  // Inputs before the size: the first view a width allows opens on the window or home.
  useLayoutEffect(() => {
    renderer.setTheme(theme);
    renderer.setFollowWindow(followWindow);
  }, [renderer, theme, followWindow]);
  useLayoutEffect(() => renderer.setLanes(lanes), [renderer, lanes]);
  useLayoutEffect(() => renderer.setVisibility(visibility), [renderer, visibility]);
  useLayoutEffect(() => renderer.setTimeWindow(timeWindow), [renderer, timeWindow]);
  useLayoutEffect(() => renderer.zoom.setHome(home), [renderer, home]);
  useLayoutEffect(() => renderer.resize(size.width, plotHeight, axisHeight, window.devicePixelRatio || 1), [renderer, size.width, plotHeight, axisHeight]);
  useEffect(() => renderer.zoom.setReducedMotion(reducedMotion), [renderer, reducedMotion]);
  useEffect(() => renderer.follow(emphasis, hover), [renderer, emphasis, hover]);

  const settled = useSyncExternalStore(renderer.settled.subscribe, renderer.settled.get, () => null);
  const statusText = timelineStatus(settled);
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
      data-theme={presentation ? "presentation" : undefined}
    >
      <div className={styles.header}>
        <TimelineLegend outcomes={legendOutcomes} />
        <TimelineControls timeWindow={timeWindow} {...controls} />
        <p className={styles.status} role="status" title={statusText || undefined}>
          {statusText}
        </p>
        <details className={styles.help}>
          <summary>How to use the timeline</summary>
          <div id={instructionsId} className={styles.instructions}>
            {/* Each device reads its own way of working; the other is hidden by a media query. */}
            <p className={styles.pointerHelp}>
              Scroll or pinch to zoom, drag to pan, Shift-drag to pick a time window. Keys: + and − zoom, 0 resets, Left and Right pan.
              Tab to the meetings: Left and Right move along time, Up and Down to the next subject area, Enter selects; Ctrl-click adds to the selection.
            </p>
            <p className={styles.touchHelp}>
              Tap a meeting to see its record. Swipe sideways to move in time, pinch to zoom, swipe up or down to scroll the page.
            </p>
            <p>Labels such as “4762 R1” mark a resumed meeting: R1 is its first resumption.</p>
          </div>
        </details>
      </div>
      <div ref={bodyRef} className={styles.body} style={{ "--axis-height": `${axisHeight}px`, ...(size.width > 0 ? { "--lanes-min": `${lanesMinHeight}px` } : {}) } as CSSProperties}>
        <TimelineLaneLabels lanes={model.lanes} bands={lanes} counts={laneCounts} hiddenLaneIds={hiddenLaneIds} />
        <div className={styles.axisLabel} style={{ height: axisHeight }}>
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
            {painted ? null : <p className={styles.placeholder}>Drawing the timeline of {groupDigits(model.meetings.length)} meetings…</p>}
            <TimelineMarkButtons
              layerRef={layerRef}
              marks={buttons}
              emphasis={emphasis}
              focus={interactions.focus}
              onActivate={interactions.onActivate}
              onFocusMark={interactions.onFocusMark}
              onBlurMark={interactions.onBlurMark}
            />
            <TimelineTooltip tooltip={interactions.tooltip} areaWidth={size.width} areaHeight={plotHeight} />
          </div>
          <TimelineAxis viewport={renderer.axisViewport} presidencies={presidencies} presidentOf={presidentOf} textPx={presentation ? theme.textPx : undefined} />
        </div>
      </div>
    </section>
  );
}
