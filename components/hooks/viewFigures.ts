"use client";

import { createContext, useContext, useEffect } from "react";
import type { ViewFigureKind, ViewFigureSource } from "@/lib/export/viewFigure";

type FigureSource = () => ViewFigureSource | null;

/**
 * Where each view offers its current picture for export: the renderers know what they
 * drew (the timeline's frame, the graph's positions and view), so they answer when asked.
 * One registry per explorer; without one (the bench pages) views register nothing.
 */
export class ViewFigureRegistry {
  private readonly sources = new Map<ViewFigureKind, FigureSource>();

  /** Offer `source` for `kind`; returns the withdrawal. */
  register(kind: ViewFigureKind, source: FigureSource): () => void {
    this.sources.set(kind, source);
    return () => {
      if (this.sources.get(kind) === source) this.sources.delete(kind);
    };
  }

  /** What the view shows now, or null when it is not drawn (not mounted, not laid out yet). */
  figure(kind: ViewFigureKind): ViewFigureSource | null {
    return this.sources.get(kind)?.() ?? null;
  }
}

export const ViewFigureContext = createContext<ViewFigureRegistry | null>(null);

export function useViewFigureRegistry(): ViewFigureRegistry | null {
  return useContext(ViewFigureContext);
}

/** Offer `source` as this view's picture while mounted. */
export function useViewFigureSource(kind: ViewFigureKind, source: FigureSource): void {
  const registry = useViewFigureRegistry();
  useEffect(() => registry?.register(kind, source), [registry, kind, source]);
}
