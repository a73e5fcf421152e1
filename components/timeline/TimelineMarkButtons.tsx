import { memo, useLayoutEffect, useRef, type FocusEvent, type MouseEvent, type RefObject } from "react";
import { useValueSource } from "@/components/hooks/useValueSource";
import type { ValueSource } from "@/components/hooks/valueSource";
import type { MarkButtonModel } from "@/lib/timeline/markLayer";
import type { TimelineEmphasis } from "@/lib/timeline/timelineEmphasis";
import type { ActivationPoint } from "./useTimelineInteractions";
import styles from "./Timeline.module.css";

interface TimelineMarkButtonsProps {
  layerRef: RefObject<HTMLDivElement | null>;
  marks: readonly MarkButtonModel[];
  emphasis: ValueSource<TimelineEmphasis>;
  /** The one mark in the tab order (roving focus); the first mark when null or not in view. */
  focus: ValueSource<string | null>;
  /** `point` is where a pointer pressed (absent for the keyboard). */
  onActivate(id: string, additive: boolean, point?: ActivationPoint): void;
  onFocusMark(id: string, fromKeyboard: boolean): void;
  onBlurMark(): void;
}

interface MarkButtonProps extends MarkButtonModel {
  pressed: boolean;
  highlighted: boolean;
  tabbable: boolean;
  onActivate: TimelineMarkButtonsProps["onActivate"];
  onFocusMark: TimelineMarkButtonsProps["onFocusMark"];
  onBlurMark: TimelineMarkButtonsProps["onBlurMark"];
}

const MarkButton = memo(function MarkButton({ id, name, x, y, size, pressed, highlighted, tabbable, onActivate, onFocusMark, onBlurMark }: MarkButtonProps) {
  const box = size + 2;
  return (
    <button
      type="button"
      className={styles.markButton}
      style={{ left: x - box / 2, top: y - box / 2, width: box, height: box }}
      aria-label={name}
      aria-pressed={pressed}
      data-highlighted={highlighted ? "true" : undefined}
      data-meeting-id={id}
      tabIndex={tabbable ? 0 : -1}
      onClick={(event: MouseEvent) => {
        event.stopPropagation();
        // detail 0: Enter or Space, not a press at a point.
        const pointerType = (event.nativeEvent as PointerEvent).pointerType;
        const point = event.detail > 0 ? { clientX: event.clientX, clientY: event.clientY, touch: pointerType === "touch" } : undefined;
        onActivate(id, event.ctrlKey || event.metaKey, point);
      }}
      onFocus={(event: FocusEvent<HTMLButtonElement>) => {
        if (event.target === event.currentTarget) onFocusMark(id, event.currentTarget.matches(":focus-visible"));
      }}
      onBlur={onBlurMark}
    />
  );
});

/**
 * The accessible layer: a transparent button over each mark in view, so screen readers,
 * keyboards and end-to-end tests reach meetings the canvas draws. Rendered when the view
 * settles; while zooming, the renderer carries the layer along with a CSS transform. A
 * selection or a focus move re-renders this layer alone.
 */
export const TimelineMarkButtons = memo(function TimelineMarkButtons({ layerRef, marks, emphasis, focus, onActivate, onFocusMark, onBlurMark }: TimelineMarkButtonsProps) {
  const { selected, highlighted } = useValueSource(emphasis);
  const focusId = useValueSource(focus);
  const tabbableId = focusId && marks.some((mark) => mark.id === focusId) ? focusId : marks[0]?.id;
  // A focused mark that leaves the view (a zoom out, a filter) takes its button with it:
  // focus goes to the mark now in the tab order, or the timeline, never to the page's body.
  const lastFocused = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    const lost = lastFocused.current;
    const layer = layerRef.current;
    if (!lost || lost.isConnected || !layer || (document.activeElement !== document.body && document.activeElement !== null)) return;
    lastFocused.current = null;
    const next = layer.querySelector<HTMLElement>('[tabindex="0"]') ?? layer.closest<HTMLElement>('[role="region"]');
    next?.focus({ preventScroll: true });
  });
  return (
    <div
      ref={layerRef}
      className={styles.markLayer}
      role="group"
      aria-label="Meetings in view"
      onFocus={(event) => {
        lastFocused.current = event.target;
      }}
    >
      {marks.map((mark) => (
        <MarkButton
          key={mark.id}
          {...mark}
          pressed={selected.includes(mark.id)}
          highlighted={highlighted.has(mark.id)}
          tabbable={mark.id === tabbableId}
          onActivate={onActivate}
          onFocusMark={onFocusMark}
          onBlurMark={onBlurMark}
        />
      ))}
    </div>
  );
});
