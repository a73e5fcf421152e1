import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type PointerEvent, type RefObject } from "react";
import { createValueSource, type ValueSource } from "@/components/hooks/valueSource";
import { hitTestBars, hitTestMarks, nearestBoxCentre } from "@/lib/timeline/hitTest";
import { markInNextLane } from "@/lib/timeline/laneNeighbour";
import type { VisibilityFlags } from "@/lib/timeline/meetingFlags";
import type { TimelineEmphasis } from "@/lib/timeline/timelineEmphasis";
import type { TimelineModel } from "@/lib/timeline/timelineModel";
import { barTooltip, meetingTooltip, type TooltipContent } from "@/lib/timeline/tooltipContent";
import type { TimelineRenderer } from "./TimelineRenderer";

export interface TooltipState {
  content: TooltipContent;
  x: number;
  y: number;
}

/** What the timeline asks of its owner. */
/** How a meeting was chosen: a tap on a touch screen asks for its details to be brought into view. */
export interface SelectHow {
  touch: boolean;
}

/** Where a pointer pressed a mark's button, in client px: of the buttons there, the one whose centre is nearest wins. */
export interface ActivationPoint {
  clientX: number;
  clientY: number;
  touch: boolean;
}

export interface TimelineCallbacks {
  onSelectMeeting(id: string, additive: boolean, how?: SelectHow): void;
  /** The pointer or focus is on a meeting (null: on none). */
  onHoverMeeting(id: string | null): void;
  onClearSelection(): void;
}

interface InteractionOptions extends TimelineCallbacks {
  model: TimelineModel;
  renderer: TimelineRenderer;
  visibility: VisibilityFlags;
  emphasis: ValueSource<TimelineEmphasis>;
  nameOf(entityId: string): string;
  layerRef: RefObject<HTMLElement | null>;
  /** Ids of the marks that have a button now, to finish a focus move after a pan. */
  buttonIds: readonly string[];
}

const ZOOM_STEP = 1.6;
/** On touch, a mark's button reaches this far past its drawing (44 px targets); the nearest mark under the finger wins. */
const TOUCH_REACH = 17;

/**
 * Neighbouring days' buttons overlap (grown for fingers, or 4 px apart at a year's zoom), so
 * a press chooses among the buttons under it the one whose centre is nearest. The buttons,
 * not the last frame, are asked: in the moment before they are placed again after a redraw
 * the frame's marks can sit elsewhere, and the press was aimed at what was under it.
 */
function buttonNearestPress(layer: HTMLElement, point: ActivationPoint): string | null {
  const pressed = document.elementsFromPoint(point.clientX, point.clientY)
    .filter((element) => element.parentElement === layer && element.hasAttribute("data-meeting-id"));
  const nearest = nearestBoxCentre(pressed.map((element) => element.getBoundingClientRect()), point.clientX, point.clientY);
  return nearest >= 0 ? pressed[nearest]!.getAttribute("data-meeting-id") : null;
}

/**
 * Pointer, keyboard and roving focus for the timeline. The tooltip and the focused mark
 * are value sources, so hovering and moving focus re-render only the tooltip and the
 * button layer, not the scene.
 */
export function useTimelineInteractions(options: InteractionOptions) {
  const { model, renderer, visibility, emphasis, nameOf, layerRef, buttonIds, onSelectMeeting, onHoverMeeting, onClearSelection } = options;
  const [tooltip] = useState(() => createValueSource<TooltipState | null>(null));
  const [focus] = useState(() => createValueSource<string | null>(null));
  const hoverKey = useRef<string | null>(null);
  const pendingFocus = useRef<string | null>(null);

  const showTooltip = useCallback((key: string | null, next: TooltipState | null, meetingId: string | null) => {
    if (hoverKey.current === key) return;
    hoverKey.current = key;
    tooltip.set(next);
    onHoverMeeting(meetingId);
  }, [tooltip, onHoverMeeting]);

  const dismissTooltip = useCallback(() => {
    if (hoverKey.current !== null) showTooltip(null, null, null);
  }, [showTooltip]);
  // What the tooltip points at moves away with the view.
  useEffect(() => renderer.onViewChange(dismissTooltip), [renderer, dismissTooltip]);

  const showMeeting = useCallback((index: number, x: number, y: number) => {
    const content = meetingTooltip(model, index, nameOf);
    const id = model.meetings[index]!.id;
    showTooltip(`m:${id}`, content && { content, x, y }, id);
  }, [model, nameOf, showTooltip]);

  // The handlers sit on the lanes area itself, so its box is the plot's.
  const localPoint = (event: MouseEvent) => {
    const rect = event.currentTarget.getBoundingClientRect();
    return [event.clientX - rect.left, event.clientY - rect.top] as const;
  };

  const onPointerMove = (event: PointerEvent) => {
    const frame = renderer.frame;
    // A finger has no hover: a tooltip opened by a tap would stay until the next tap elsewhere.
    if (!frame || event.buttons !== 0 || event.pointerType === "touch") return dismissTooltip();
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

  const onActivate = useCallback((id: string, additive: boolean, point?: ActivationPoint) => {
    const chosen = (point && layerRef.current && buttonNearestPress(layerRef.current, point)) || id;
    onSelectMeeting(chosen, additive, { touch: point?.touch ?? false });
    focus.set(chosen);
    if (point?.touch) dismissTooltip();
  }, [onSelectMeeting, focus, layerRef, dismissTooltip]);

  const onClick = (event: MouseEvent) => {
    const frame = renderer.frame;
    if (!frame || (event.target as HTMLElement).closest("[data-meeting-id]")) return;
    const [x, y] = localPoint(event);
    if (frame.detail.kind === "marks") {
      const touch = (event.nativeEvent as globalThis.PointerEvent).pointerType === "touch";
      const hit = hitTestMarks(frame.marks, x, y, touch ? TOUCH_REACH : 3);
      if (hit >= 0) onActivate(model.meetings[frame.marks[hit]!.index]!.id, event.ctrlKey || event.metaKey, { clientX: event.clientX, clientY: event.clientY, touch });
      return;
    }
    const hit = hitTestBars(frame.bars, x, y);
    if (hit >= 0) renderer.zoom.showRange(frame.bars[hit]!);
  };

  /** Zoom around the focused or last selected meeting when it is in view, so it stays put; else around the middle. */
  const zoomBy = useCallback((factor: number) => {
    const frame = renderer.frame;
    const focused = document.activeElement?.getAttribute("data-meeting-id");
    const anchorIndex = model.indexById.get(focused ?? emphasis.get().selected.at(-1) ?? "");
    const anchor = frame?.marks.find((mark) => mark.index === anchorIndex && mark.x >= 0 && mark.x <= frame.view.width);
    renderer.zoom.zoomBy(factor, anchor?.x);
  }, [renderer, model, emphasis]);

  const buttonFor = (id: string) => layerRef.current?.querySelector<HTMLButtonElement>(`[data-meeting-id="${CSS.escape(id)}"]`) ?? null;

  /** Roving focus: the next visible meeting in date order, panning to it when it is out of view. */
  const moveFocus = (fromId: string, step: number) => {
    const { visible } = visibility;
    let i = model.indexById.get(fromId) ?? -1;
    do i += step;
    while (i >= 0 && i < visible.length && !visible[i]);
    if (i < 0 || i >= visible.length) return;
    const id = model.meetings[i]!.id;
    focus.set(id);
    const frame = renderer.frame;
    const mark = frame?.marks.find((candidate) => candidate.index === i);
    const button = buttonFor(id);
    if (frame && mark && button && mark.x >= 0 && mark.x <= frame.view.width) {
      button.focus();
    } else {
      pendingFocus.current = id;
      renderer.zoom.centreOn(model.day[i]! + 0.5);
    }
  };

  /** Up and Down: the nearest meeting in time in the next lane above or below that has one in view. */
  const moveFocusAcrossLanes = (fromId: string, step: 1 | -1) => {
    const frame = renderer.frame;
    const fromIndex = model.indexById.get(fromId);
    if (!frame || fromIndex === undefined) return;
    const inView = frame.marks.filter((mark) => mark.x >= 0 && mark.x <= frame.view.width);
    const position = markInNextLane(inView, fromIndex, step);
    if (position < 0) return;
    const id = model.meetings[inView[position]!.index]!.id;
    focus.set(id);
    buttonFor(id)?.focus();
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
        renderer.zoom.reset();
        break;
      case "ArrowLeft":
      case "ArrowRight":
        if (markId) moveFocus(markId, forward ? 1 : -1);
        else renderer.zoom.panBy(forward ? 0.25 : -0.25);
        break;
      case "ArrowUp":
      case "ArrowDown":
        // On the timeline itself the arrows keep scrolling the page.
        if (!markId) return;
        moveFocusAcrossLanes(markId, event.key === "ArrowDown" ? 1 : -1);
        break;
      case "Escape":
        onClearSelection();
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  /** A mark took focus: its tooltip shows for keyboard focus, not for a tap or a click (the pointer has its own). */
  const onFocusMark = useCallback((id: string, fromKeyboard: boolean) => {
    focus.set(id);
    if (!fromKeyboard) return;
    const index = model.indexById.get(id);
    const mark = renderer.frame?.marks.find((candidate) => candidate.index === index);
    if (index !== undefined && mark) showMeeting(index, mark.x, mark.y);
  }, [model, renderer, focus, showMeeting]);

  const zoomIn = useCallback(() => zoomBy(ZOOM_STEP), [zoomBy]);
  const zoomOut = useCallback(() => zoomBy(1 / ZOOM_STEP), [zoomBy]);

  return { tooltip, focus, zoomIn, zoomOut, dismissTooltip, onPointerMove, onClick, onKeyDown, onActivate, onFocusMark, onBlurMark: dismissTooltip };
}
