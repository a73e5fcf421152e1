"use client";

import { useCallback, useEffect, useRef } from "react";
import { announcePageInteractive } from "@/components/hooks/pageInteractive";

export const INTERACTIVE_MARK = "explorer:interactive";

/**
 * Sets the performance mark `explorer:interactive` once per page, when the timeline has
 * painted its first frame and the graph has painted its settled layout in the dataset the
 * page is for (every year, when the link asks for them). Benchmarks and outside tools
 * measure to it. At the same moment the page says it is interactive
 * (components/hooks/pageInteractive.ts): the service worker's install waits for that. Used
 * inside the explorer's layout, which remounts with each dataset, so what was seen belongs
 * to one dataset.
 */
export function useInteractiveMark(ready: boolean): { onTimelinePainted(): void; onGraphSettled(): void } {
  const seen = useRef({ timeline: false, graph: false });
  const readyRef = useRef(ready);

  const markWhenBoth = useCallback(() => {
    const { timeline, graph } = seen.current;
    if (!timeline || !graph || !readyRef.current) return;
    if (performance.getEntriesByName(INTERACTIVE_MARK, "mark").length > 0) return;
    // After the frame that shows both: a paint, then a task, as the bench pages do.
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (!readyRef.current || performance.getEntriesByName(INTERACTIVE_MARK, "mark").length > 0) return;
        performance.mark(INTERACTIVE_MARK);
        announcePageInteractive();
      }),
    );
  }, []);

  useEffect(() => {
    readyRef.current = ready;
  }, [ready]);

  const onTimelinePainted = useCallback(() => {
    seen.current.timeline = true;
    markWhenBoth();
  }, [markWhenBoth]);
  const onGraphSettled = useCallback(() => {
    seen.current.graph = true;
    markWhenBoth();
  }, [markWhenBoth]);
  return { onTimelinePainted, onGraphSettled };
}
