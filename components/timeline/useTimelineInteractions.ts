import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type PointerEvent, type RefObject } from "react";
import type { ExplorerStoreApi } from "@/lib/store/createExplorerStore";
import { selectFocusYear, selectSelection, selectTimeWindow } from "@/lib/store/selectors";
import { dayOfIso, dayOfYear } from "@/lib/timeline/dates";
import type { TimelineFrame } from "@/lib/timeline/frame";
import { hitTestBars, hitTestMarks } from "@/lib/timeline/hitTest";
import type { TimelineModel } from "@/lib/timeline/timelineModel";
import { barTooltip, meetingTooltip, type TooltipContent } from "@/lib/timeline/tooltipContent";
import type { TimelineDataSource } from "./useTimelineData";
import type { TimelineZoomApi } from "./useTimelineZoom";

export interface TooltipState {
  content: TooltipContent;
  x: number;
  y: number;
}

interface InteractionOptions {
  storeApi: ExplorerStoreApi;
  model: TimelineModel;
  data: TimelineDataSource;
  frameRef: RefObject<TimelineFrame | null>;
  areaRef: RefObject<HTMLElement | null>;
  layerRef: RefObject<HTMLElement | null>;
  api: TimelineZoomApi;
  nameOf: (entityId: string) => string;
  /** Ids of the marks that have a button now, to finish a focus move after a pan. */
  buttonIds: readonly string[];
}

const ZOOM_STEP = 1.6;

/** Pointer, keyboard and roving focus for the timeline, and following selections made elsewhere. */
export function useTimelineInteractions({ storeApi, model, data, frameRef, areaRef, layerRef, api, nameOf, buttonIds }: InteractionOptions) {
  const [tooltip, setTooltip] = useState<TooltipState | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const hoverKey = useRef<string | null>(null);
  const pendingFocus = useRef<string | null>(null);

  const showTooltip = useCallback((key: string | null, next: TooltipState | null, meetingId: string | null) => {
    if (hoverKey.current === key) return;
    hoverKey.current = key;
    setTooltip(next);
    const current = storeApi.getState().hover;
    if (meetingId) storeApi.getState().setHover({ kind: "meeting", id: meetingId });
    else if (current?.kind === "meeting") storeApi.getState().setHover(null);
  }, [storeApi]);

  const dismissTooltip = useCallback(() => {
    if (hoverKey.current !== null) showTooltip(null, null, null);
  }, [showTooltip]);

  const showMeeting = useCallback((index: number, x: number, y: number) => {
    const content = meetingTooltip(model, index, nameOf);
    const id = model.meetings[index]!.id;
    showTooltip(`m:${id}`, content && { content, x, y }, id);
  }, [model, nameOf, showTooltip]);

  const localPoint = (event: { clientX: number; clientY: number }) => {
    const rect = areaRef.current!.getBoundingClientRect();
    return [event.clientX - rect.left, event.clientY - rect.top] as const;
  };

  const onPointerMove = (event: PointerEvent) => {
    const frame = frameRef.current;
    if (!frame || event.buttons !== 0) return dismissTooltip();
    const [x, y] = localPoint(event);
    if (frame.detail.kind === "marks") {
      const hit = hitTestMarks(frame.marks, x, y);
      if (hit < 0) return dismissTooltip();
      const mark = frame.marks[hit]!;
      return showMeeting(mark.index, mark.x, mark.y);
    }
    const hit = hitTestBars(frame.bars, x, y);
    if (hit < 0) return dismissTooltip();
    const bar = frame.bars[hit]!;
    showTooltip(`b:${bar.lane}:${bar.bin}`, { content: barTooltip(model, bar, frame.detail.unit), x: bar.x + bar.width / 2, y: bar.barTop }, null);
  };

  const onActivate = useCallback((id: string, additive: boolean) => {
    storeApi.getState().selectMeeting(id, { additive });
    setFocusId(id);
  }, [storeApi]);

  const onClick = (event: MouseEvent) => {
    const frame = frameRef.current;
    if (!frame || (event.target as HTMLElement).closest("[data-meeting-id]")) return;
    const [x, y] = localPoint(event);
    if (frame.detail.kind === "marks") {
      const hit = hitTestMarks(frame.marks, x, y);
      if (hit >= 0) onActivate(model.meetings[frame.marks[hit]!.index]!.id, event.ctrlKey || event.metaKey);
      return;
    }
    const hit = hitTestBars(frame.bars, x, y);
    if (hit >= 0) api.showRange(frame.bars[hit]!.startDay, frame.bars[hit]!.endDay);
  };

  /** Zoom around the focused or last selected meeting when it is in view, so it stays put; else around the middle. */
  const zoomBy = useCallback((factor: number) => {
    const frame = frameRef.current;
    const focused = document.activeElement?.getAttribute("data-meeting-id");
    const selected = storeApi.getState().selection.meetings;
    const anchorIndex = model.indexById.get(focused ?? selected.at(-1) ?? "");
    const anchor = frame?.marks.find((mark) => mark.index === anchorIndex && mark.x >= 0 && mark.x <= frame.view.width);
    api.zoomBy(factor, anchor?.x);
  }, [api, frameRef, model, storeApi]);

  const buttonFor = (id: string) => layerRef.current?.querySelector<HTMLButtonElement>(`[data-meeting-id="${CSS.escape(id)}"]`) ?? null;

  /** Roving focus: the next visible meeting in date order, panning to it when it is out of view. */
  const moveFocus = (fromId: string, step: number) => {
    const { visible } = data.current.visibility;
    let i = model.indexById.get(fromId) ?? -1;
    do i += step;
    while (i >= 0 && i < visible.length && !visible[i]);
    if (i < 0 || i >= visible.length) return;
    const id = model.meetings[i]!.id;
    setFocusId(id);
    const frame = frameRef.current;
    const mark = frame?.marks.find((candidate) => candidate.index === i);
    const button = buttonFor(id);
    if (frame && mark && button && mark.x >= 0 && mark.x <= frame.view.width) {
      button.focus();
    } else {
      pendingFocus.current = id;
      api.centreOn(model.day[i]! + 0.5);
    }
  };

  useLayoutEffect(() => {
    const id = pendingFocus.current;
    if (id && buttonIds.includes(id)) {
      pendingFocus.current = null;
      buttonFor(id)?.focus();
    }
  });

  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    const markId = target.getAttribute("data-meeting-id");
    if ((target !== event.currentTarget && !markId) || event.altKey || event.ctrlKey || event.metaKey) return;
    const forward = event.key === "ArrowRight";
    switch (event.key) {
      case "+":
      case "=":
        zoomBy(ZOOM_STEP);
        break;
      case "-":
      case "_":
        zoomBy(1 / ZOOM_STEP);
        break;
      case "0":
        api.reset();
        break;
      case "ArrowLeft":
      case "ArrowRight":
        if (markId) moveFocus(markId, forward ? 1 : -1);
        else api.panBy(forward ? 0.25 : -0.25);
        break;
      case "Escape":
        storeApi.getState().clearSelection();
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  const onFocusMark = useCallback((id: string) => {
    setFocusId(id);
    const index = model.indexById.get(id);
    const mark = frameRef.current?.marks.find((candidate) => candidate.index === index);
    if (index !== undefined && mark) showMeeting(index, mark.x, mark.y);
  }, [model, frameRef, showMeeting]);

  // A meeting selected elsewhere (the graph, the URL) that is out of view: pan to it.
  // A time window set elsewhere that is wholly out of view: zoom to it.
  useEffect(() => {
    const inView = (startDay: number, endDay: number) => {
      const view = frameRef.current?.view;
      return !view || (endDay > view.startDay && startDay < view.endDay);
    };
    const offSelection = storeApi.subscribe(selectSelection, (next, previous) => {
      const added = next.meetings.filter((id) => !previous.meetings.includes(id));
      const index = model.indexById.get(added.at(-1) ?? "");
      if (index === undefined || !data.current.visibility.visible[index]) return;
      const day = model.day[index]!;
      if (!inView(day + 0.3, day + 0.7)) api.centreOn(day + 0.5);
    });
    const offWindow = storeApi.subscribe(selectTimeWindow, (window) => {
      if (!window) return;
      const startDay = dayOfIso(window.start);
      const endDay = dayOfIso(window.end) + 1;
      if (!inView(startDay, endDay)) api.showRange(startDay - 2, endDay + 2);
    });
    // The year picker (or ?year=) brings a whole year into view; clearing it shows everything.
    const offYear = storeApi.subscribe(selectFocusYear, (year) => {
      if (year === null) api.reset();
      else api.showRange(dayOfYear(year), dayOfYear(year + 1));
    });
    return () => {
      offSelection();
      offWindow();
      offYear();
    };
  }, [storeApi, model, data, frameRef, api]);

  const zoomIn = useCallback(() => zoomBy(ZOOM_STEP), [zoomBy]);
  const zoomOut = useCallback(() => zoomBy(1 / ZOOM_STEP), [zoomBy]);

  return { tooltip, focusId, zoomIn, zoomOut, dismissTooltip, onPointerMove, onClick, onKeyDown, onActivate, onFocusMark, onBlurMark: dismissTooltip };
}
