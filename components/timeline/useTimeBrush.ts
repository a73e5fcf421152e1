import { useCallback, useEffect, useRef, type MouseEvent as ReactMouseEvent, type RefObject } from "react";

interface BrushOptions {
  areaRef: RefObject<HTMLElement | null>;
  /** The element to focus when a brush starts (the browser would have, without preventDefault). */
  focusRef: RefObject<HTMLElement | null>;
  /** The band while dragging (plot px), null when done. */
  onDraft(band: [number, number] | null): void;
  onCommit(x0: number, x1: number): void;
}

/** Shift-drag across the lanes picks a time window; d3-zoom leaves shift-drags alone. */
export function useTimeBrush({ areaRef, focusRef, onDraft, onCommit }: BrushOptions) {
  const stopRef = useRef<(() => void) | null>(null);
  const callbacks = useRef({ onDraft, onCommit });
  useEffect(() => {
    callbacks.current = { onDraft, onCommit };
  });
  useEffect(() => () => stopRef.current?.(), []);

  return useCallback(
    (event: ReactMouseEvent) => {
      const area = areaRef.current;
      if (!event.shiftKey || event.button !== 0 || !area) return;
      event.preventDefault();
      focusRef.current?.focus({ preventScroll: true });
      const rect = area.getBoundingClientRect();
      const xOf = (clientX: number) => Math.min(rect.width, Math.max(0, clientX - rect.left));
      const x0 = xOf(event.clientX);
      let x1 = x0;
      callbacks.current.onDraft([x0, x1]);
      const move = (moveEvent: MouseEvent) => {
        x1 = xOf(moveEvent.clientX);
        callbacks.current.onDraft([x0, x1]);
      };
      const stop = () => {
        window.removeEventListener("mousemove", move);
        window.removeEventListener("mouseup", up);
        stopRef.current = null;
        callbacks.current.onDraft(null);
      };
      const up = () => {
        stop();
        if (Math.abs(x1 - x0) < 4) return;
        callbacks.current.onCommit(x0, x1);
        // The browser follows this mouseup with a click on whatever lies under the pointer;
        // a finished brush must not also select the meeting it ended on.
        const swallowClick = (click: MouseEvent) => {
          click.stopPropagation();
          click.preventDefault();
        };
        window.addEventListener("click", swallowClick, { capture: true, once: true });
        setTimeout(() => window.removeEventListener("click", swallowClick, { capture: true }), 0);
      };
      window.addEventListener("mousemove", move);
      window.addEventListener("mouseup", up);
      stopRef.current = stop;
    },
    [areaRef, focusRef],
  );
}
