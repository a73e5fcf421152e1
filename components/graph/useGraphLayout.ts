"use client";

import { useEffect, useState, type RefObject } from "react";
import { seedPositions, type LayoutInput } from "@/lib/graph/layoutInput";
import type { LayoutProgress } from "@/lib/graph/layoutProtocol";
import { prelaidPositionsFor, type PrelaidLayout } from "@/lib/graph/prelaidLayout";
import type { GraphData } from "@/lib/graph/types";
import { LayoutChannel } from "./layoutChannel";
import { fitInsets } from "./overlayControls";

export interface LayoutStatus {
  /** Positions have arrived (ready-made, or the worker has loaded and is arranging until settled). */
  started: boolean;
  settled: boolean;
  /** Wall-clock milliseconds from starting the worker to the first rest (about 0 for a prelaid layout). */
  settleMs: number | null;
  /** Milliseconds the worker spent simulating until that rest (the rest is start-up and messaging). */
  layoutMs: number | null;
  /** Whether the first rest came ready-made (computed at build time) rather than from the worker. */
  prelaid: boolean;
  error: string | null;
}

const initialStatus: LayoutStatus = { started: false, settled: false, settleMs: null, layoutMs: null, prelaid: false, error: null };

export interface GraphLayoutOptions {
  seed: number;
  animate: boolean;
  /** The element the picture is shown in: its shape when the layout starts shapes the picture. */
  view?: RefObject<HTMLElement | null>;
  /** A layout computed ahead of time; used when it was made for exactly this graph and seed. */
  prelaid?: PrelaidLayout | null;
}

/** Width over height of the part of the view a fitted graph fills (clear of the buttons). */
function viewAspect(view: HTMLElement | null | undefined): number {
  if (!view || view.clientWidth === 0 || view.clientHeight === 0) return 1;
  return Math.max(view.clientWidth - fitInsets.left - fitInsets.right, 1) / Math.max(view.clientHeight - fitInsets.top - fitInsets.bottom, 1);
}

/**
 * The graph's positions. A prelaid layout made for this graph is shown at once, settled,
 * and a worker starts only when the user drags a node. Otherwise the seeded force layout
 * runs in a Web Worker, so the main thread only draws, starting from the seed spiral. A new input starts over;
 * unmounting terminates the worker. The view's shape is read once, at the start:
 * resizing the window refits the picture, it does not re-run the layout.
 */
export function useGraphLayout(graph: Pick<GraphData, "nodes">, input: LayoutInput, options: GraphLayoutOptions): { channel: LayoutChannel; status: LayoutStatus } {
  const [status, setStatus] = useState<LayoutStatus>(initialStatus);
  const [channel] = useState(() => new LayoutChannel());
  const { seed, animate, view, prelaid } = options;

  useEffect(() => {
    const started = performance.now();
    const ready = prelaidPositionsFor(graph, input, seed, prelaid);
    let worker: Worker | null = null;
    let settledOnce = ready !== null;

    const startWorker = (initial: Float32Array | null) => {
      const current = new Worker(new URL("../../lib/graph/layoutWorker.ts", import.meta.url));
      worker = current;
      channel.attach(current);
      current.onmessage = (event: MessageEvent<LayoutProgress>) => {
        const progress = event.data;
        channel.deliver(progress);
        const firstRest = progress.settled && !settledOnce;
        if (firstRest) settledOnce = true;
        setStatus((previous) =>
          previous.started && previous.settled === progress.settled && !firstRest
            ? previous
            : {
                ...previous,
                started: true,
                settled: progress.settled,
                settleMs: firstRest ? Math.round(performance.now() - started) : previous.settleMs,
                layoutMs: firstRest ? Math.round(progress.elapsedMs) : previous.layoutMs,
                error: null,
              },
        );
      };
      current.onerror = (event) => setStatus((previous) => ({ ...previous, error: event.message || "the layout worker stopped" }));
      // Copies, so transferring never detaches the caller's arrays.
      const copy: LayoutInput = { ...input, radii: input.radii.slice(), links: input.links.slice(), linkDistances: input.linkDistances.slice() };
      const transfer: Transferable[] = [copy.radii.buffer, copy.links.buffer, copy.linkDistances.buffer];
      // Large graphs post less often: each post is a full redraw of thousands of edges.
      const batchMs = input.nodeCount > 2000 ? 64 : 32;
      if (initial) {
        const start = initial.slice();
        transfer.push(start.buffer);
        channel.send({ type: "start", input: copy, seed, animate, batchMs, aspect: prelaid?.aspect, initial: start, atRest: true }, transfer);
      } else {
        channel.send({ type: "start", input: copy, seed, animate, batchMs, aspect: viewAspect(view?.current) }, transfer);
      }
    };

    if (ready) {
      channel.startOnDemand(() => startWorker(ready));
      channel.deliver({ type: "positions", positions: ready.slice(), tickCount: 0, settled: true, elapsedMs: 0 });
      // eslint-disable-next-line react-hooks/set-state-in-effect -- the ready-made layout is known only once the canvas listens
      setStatus({ started: true, settled: true, settleMs: Math.round(performance.now() - started), layoutMs: 0, prelaid: true, error: null });
    } else {
      // The layout's own starting picture, drawn at once while the worker starts; under
      // reduced motion nothing is drawn until the picture is at rest.
      if (animate) channel.deliver({ type: "positions", positions: seedPositions(input, seed), tickCount: 0, settled: false, elapsedMs: 0 });
      startWorker(null);
    }
    return () => {
      channel.startOnDemand(null);
      if (worker) {
        channel.detach(worker);
        worker.terminate();
      }
      setStatus(initialStatus);
    };
  }, [graph, input, seed, animate, channel, view, prelaid]);

  return { channel, status };
}
