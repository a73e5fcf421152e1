"use client";

import { useEffect, useState } from "react";
import type { LayoutInput } from "@/lib/graph/layout";
import type { LayoutProgress } from "@/lib/graph/layoutProtocol";
import { LayoutChannel } from "./layoutChannel";

export interface LayoutStatus {
  settled: boolean;
  /** Wall-clock milliseconds from starting the worker to the first rest. */
  settleMs: number | null;
  /** Milliseconds the worker spent simulating until that rest (the rest is start-up and messaging). */
  layoutMs: number | null;
  error: string | null;
}

const initialStatus: LayoutStatus = { settled: false, settleMs: null, layoutMs: null, error: null };

/**
 * Runs the seeded force layout of `input` in a Web Worker, so the main thread only
 * draws. A new input starts a new worker; unmounting terminates it.
 */
export function useGraphLayout(input: LayoutInput, options: { seed: number; animate: boolean }): { channel: LayoutChannel; status: LayoutStatus } {
  const [status, setStatus] = useState<LayoutStatus>(initialStatus);
  const [channel] = useState(() => new LayoutChannel());
  const { seed, animate } = options;

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
    channel.send({ type: "start", input: copy, seed, animate, batchMs }, [copy.radii.buffer, copy.links.buffer, copy.linkDistances.buffer]);
    return () => {
      channel.detach(worker);
      worker.terminate();
      setStatus(initialStatus);
    };
  }, [input, seed, animate, channel]);

  return { channel, status };
}
