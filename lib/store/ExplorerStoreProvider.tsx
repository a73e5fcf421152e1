"use client";

import { createContext, useContext, useState, type ReactNode } from "react";
import { useStore } from "zustand";
import type { DatasetIndex } from "@/lib/model/dataset";
import { createExplorerStore, type ExplorerStoreApi } from "./createExplorerStore";
import type { ExplorerStore, ShareableState } from "./types";

const ExplorerStoreContext = createContext<ExplorerStoreApi | null>(null);

export function ExplorerStoreProvider({ index, initial, children }: { index: DatasetIndex; initial?: Partial<ShareableState>; children: ReactNode }) {
  // One store per mount: state never leaks between pages or tests.
  const [store] = useState(() => createExplorerStore(index, initial));
  return <ExplorerStoreContext.Provider value={store}>{children}</ExplorerStoreContext.Provider>;
}

export function useExplorerStoreApi(): ExplorerStoreApi {
  const store = useContext(ExplorerStoreContext);
  if (!store) throw new Error("useExplorerStoreApi: no ExplorerStoreProvider above this component");
  return store;
}

/** Read one value from the store through a named selector (lib/store/selectors.ts). */
export function useExplorer<T>(selector: (state: ExplorerStore) => T): T {
  return useStore(useExplorerStoreApi(), selector);
}
