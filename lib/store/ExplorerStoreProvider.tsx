"use client";

import { createContext, useContext, useMemo, useState, type ReactNode } from "react";
import { useStore } from "zustand";
import type { PrelaidLayout } from "@/lib/graph/prelaidLayout";
import type { DatasetIndex } from "@/lib/model/dataset";
import { createExplorerStore, type ExplorerStoreApi } from "./createExplorerStore";
import { createDerivedSelectors, type DerivedSelectors } from "./derivedSelectors";
import type { ExplorerStore, ShareableState } from "./types";

interface ExplorerBinding {
  /** UI state: selection, hover, time window, filters, view mode, focus year, notice. */
  store: ExplorerStoreApi;
  /** The dataset, read-only after load, kept beside the store rather than in it. */
  index: DatasetIndex;
  /** Selectors over both, with caches that belong to this store alone. */
  derived: DerivedSelectors;
  /** The graph's layout computed at build time for this dataset, when there is one. */
  graphLayout: PrelaidLayout | null;
}

const ExplorerContext = createContext<ExplorerBinding | null>(null);

interface ExplorerStoreProviderProps {
  index: DatasetIndex;
  initial?: Partial<ShareableState>;
  /** The graph's layout made at build time for this dataset (the graph checks that it fits). */
  graphLayout?: PrelaidLayout | null;
  children: ReactNode;
}

/**
 * One explorer: a store made per mount (state never leaks between pages or tests) and the
 * dataset it shows. A selection names ids of one dataset, so a new dataset should come
 * with a new store: give the provider a `key` that changes with it, as Explorer does.
 */
export function ExplorerStoreProvider({ index, initial, graphLayout = null, children }: ExplorerStoreProviderProps) {
  const [store] = useState(() => createExplorerStore(initial));
  const derived = useMemo(() => createDerivedSelectors(index), [index]);
  const binding = useMemo(() => ({ store, index, derived, graphLayout }), [store, index, derived, graphLayout]);
  return <ExplorerContext.Provider value={binding}>{children}</ExplorerContext.Provider>;
}

function useBinding(caller: string): ExplorerBinding {
  const binding = useContext(ExplorerContext);
  if (!binding) throw new Error(`${caller}: no ExplorerStoreProvider above this component`);
  return binding;
}

export function useExplorerStoreApi(): ExplorerStoreApi {
  return useBinding("useExplorerStoreApi").store;
}

/** The dataset and its lookups; the same object for the life of the store. */
export function useDatasetIndex(): DatasetIndex {
  return useBinding("useDatasetIndex").index;
}

/** The graph's layout made at build time for the dataset, or null. */
export function usePrelaidGraphLayout(): PrelaidLayout | null {
  return useBinding("usePrelaidGraphLayout").graphLayout;
}

/** This store's selectors of values that need the dataset: `useExplorer(useDerivedSelectors().selectHighlight)`. */
export function useDerivedSelectors(): DerivedSelectors {
  return useBinding("useDerivedSelectors").derived;
}

/** Read one value from the store through a named selector (selectors.ts, or one of useDerivedSelectors()). */
export function useExplorer<T>(selector: (state: ExplorerStore) => T): T {
  return useStore(useExplorerStoreApi(), selector);
}
