"use client";

import { useLayoutEffect, type RefObject } from "react";
import { useElementSize } from "@/components/hooks/useElementSize";

/**
 * Type that shrinks to fit its box: from `largest` px down a pixel at a time, no further
 * than `smallest`, while the text overflows; past that the box scrolls. A projector's
 * caption needs it: nobody in the room can scroll, and a step's last line below the box's
 * edge is a line the class never reads. Fitted again when the text or the box's width
 * changes (full screen, another projector).
 */
export function useFittedType(ref: RefObject<HTMLElement | null>, text: string, largest: number, smallest: number): void {
  const { width } = useElementSize(ref);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    let size = largest;
    element.style.fontSize = `${size}px`;
    const overflows = () => element.scrollHeight > element.clientHeight + 1;
    while (size > smallest && overflows()) {
      size = Math.max(smallest, size - 1);
      element.style.fontSize = `${size}px`;
    }
  }, [ref, text, largest, smallest, width]);
}
