"use client";

import { useEffect, useState, type RefObject } from "react";
import type { LayoutInput } from "@/lib/graph/layout";
import type { LayoutProgress } from "@/lib/graph/layoutProtocol";
import { LayoutChannel } from "./layoutChannel";
import { fitInsets } from "./overlayControls";

export interface LayoutStatus {
  settled: boolean;
  /** Wall-clock milliseconds from starting the worker to the first rest. */
  settleMs: number | null;
  /** Milliseconds the worker spent simulating until that rest (the rest is start-up and messaging). */
  layoutMs: number | null;
  error: string | null;
}

const initialStatus: LayoutStatus = { settled: false, settleMs: null, layoutMs: null, error: null };

export interface GraphLayoutOptions {
  seed: number;
  animate: boolean;
  /** The element the picture is shown in: its shape when the layout starts shapes the picture. */
  view?: RefObject<HTMLElement | null>;
}

/** Width over height of the part of the view a fitted graph fills (clear of the buttons). */
function viewAspect(view: HTMLElement | null | undefined): number {
  if (!view || view.clientWidth === 0 || view.clientHeight === 0) return 1;
  return Math.max(view.clientWidth - fitInsets.left - fitInsets.right, 1) / Math.max(view.clientHeight - fitInsets.top - fitInsets.bottom, 1);
}

/**
 * Runs the seeded force layout of `input` in a Web Worker, so the main thread only
 * draws. A new input starts a new worker; unmounting terminates it. The view's shape is
 * read once, at the start: resizing the window refits the picture, it does not re-run
 * the layout.
 */
export function useGraphLayout(input: LayoutInput, options: GraphLayoutOptions): { channel: LayoutChannel; status: LayoutStatus } {
  const [status, setStatus] = useState<LayoutStatus>(initialStatus);
  const [channel] = useState(() => new LayoutChannel());
  const { seed, animate, view } = options;

  useEffect(() => {
    const worker = new Worker(new URL("../../lib/graph/layoutWorker.ts", import.meta.url));
    const started = performance.now();
    let settledOnce = false;
    channel.attach(worker);
    worker.onmessage = (event: MessageEvent<LayoutProgress>) => {
      const progress = event.data;
      channel.deliver(progress);
      const firstRest = progress.settled && !settledOnce;
      if (firstRest) settledOnce = true;
      setStatus((previous) =>
        previous.settled === progress.settled && !firstRest
          ? previous
          : {
              settled: progress.settled,
              settleMs: firstRest ? Math.round(performance.now() - started) : previous.settleMs,
              layoutMs: firstRest ? Math.round(progress.elapsedMs) : previous.layoutMs,
              error: null,
            },
      );
    };
    worker.onerror = (event) => setStatus((previous) => ({ ...previous, error: event.message || "the layout worker stopped" }));
    // Copies, so transferring never detaches the caller's arrays.
    const copy: LayoutInput = { ...input, radii: input.radii.slice(), links: input.links.slice(), linkDistances: input.linkDistances.slice() };
    // Large graphs post less often: each post is a full redraw of thousands of edges.
    const batchMs = input.nodeCount > 2000 ? 64 : 32;
    const aspect = viewAspect(view?.current);
    channel.send({ type: "start", input: copy, seed, animate, batchMs, aspect }, [copy.radii.buffer, copy.links.buffer, copy.linkDistances.buffer]);
    return () => {
      channel.detach(worker);
      worker.terminate();
      setStatus(initialStatus);
    };
  }, [input, seed, animate, channel, view]);

  return { channel, status };
}
