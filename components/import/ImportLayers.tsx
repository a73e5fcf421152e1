"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { ImportLayer } from "@/lib/imports/importTypes";
import type { mergeImports } from "@/lib/imports/mergeImports";
import type { Dataset } from "@/lib/model/dataset";

// The user's imports, as layers over the shipped data: restored from IndexedDB when the
// page opens, saved as each is merged, hidden or removed. The explorer merges the visible
// ones into the dataset it shows (lib/imports/mergeImports). Storage and merging are
// loaded on demand: most visits have no import, and the first load should not carry them.

type Merge = typeof mergeImports;
const loadMerge = () => import("@/lib/imports/mergeImports").then((module) => module.mergeImports);
const storage = () => import("./importStorage");

export interface ImportLayers {
  layers: readonly ImportLayer[];
  /** The shipped data with the visible layers merged in: what the explorer shows. */
  merged: Dataset;
  /** What the explorer would show without one layer: to keep a selection inside it before it goes. */
  mergedWithout(id: string): Dataset;
  /** False until the saved imports have been read, so a link to an imported record is not judged too early. */
  restored: boolean;
  /** A failure to read or save, said plainly; the imports in memory stay. */
  storageError: string | null;
  add(layer: ImportLayer): Promise<void>;
  setHidden(id: string, hidden: boolean): Promise<void>;
  remove(id: string): Promise<void>;
}

const ImportLayersContext = createContext<ImportLayers | null>(null);

const storageMessage = (what: string, error: unknown) =>
  `Could not ${what} this browser's saved imports (${error instanceof Error ? error.message : String(error)}); what is on screen stays until you leave the page.`;

export function ImportLayersProvider({ base, children }: { base: Dataset; children: ReactNode }) {
  const [layers, setLayers] = useState<ImportLayer[]>([]);
  const [restored, setRestored] = useState(false);
  const [storageError, setStorageError] = useState<string | null>(null);
  const [merge, setMerge] = useState<{ run: Merge } | null>(null);
  const current = useRef<ImportLayer[]>([]);
  // Layers are shown only with the merge at hand, so `merged` is never the base by mistake.
  const update = useCallback(async (next: ImportLayer[]) => {
    if (next.length > 0) {
      const run = await loadMerge();
      setMerge((loaded) => loaded ?? { run });
    }
    current.current = next;
    setLayers(next);
  }, []);

  useEffect(() => {
    let live = true;
    // A browser without IndexedDB (or one that refuses it) still imports, for the session.
    const restore = typeof indexedDB === "undefined" ? Promise.resolve<ImportLayer[]>([]) : storage().then(({ loadImports }) => loadImports());
    restore
      .then(async (saved) => {
        // An import merged while the saved ones were being read stays, after them.
        if (live && saved.length > 0) await update([...saved, ...current.current.filter((layer) => !saved.some((s) => s.id === layer.id))]);
      })
      .catch((error: unknown) => live && setStorageError(storageMessage("read", error)))
      .finally(() => live && setRestored(true));
    return () => {
      live = false;
    };
  }, [update]);

  const persist = useCallback(async (what: string, work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      setStorageError(storageMessage(what, error));
    }
  }, []);

  const add = useCallback(async (layer: ImportLayer) => {
    await update([...current.current.filter((l) => l.id !== layer.id), layer]);
    await persist("save to", async () => (await storage()).saveImport(layer));
  }, [persist, update]);

  const setHidden = useCallback(async (id: string, hidden: boolean) => {
    const changed = current.current.find((layer) => layer.id === id);
    if (!changed) return;
    const next = { ...changed, hidden };
    await update(current.current.map((layer) => (layer.id === id ? next : layer)));
    await persist("save to", async () => (await storage()).saveImport(next));
  }, [persist, update]);

  const remove = useCallback(async (id: string) => {
    await update(current.current.filter((layer) => layer.id !== id));
    await persist("remove from", async () => (await storage()).deleteImport(id));
  }, [persist, update]);

  const merged = useMemo(() => (merge ? merge.run(base, layers) : base), [merge, base, layers]);
  const mergedWithout = useCallback((id: string) => (merge ? merge.run(base, layers.filter((layer) => layer.id !== id)) : base), [merge, base, layers]);
  const value = useMemo(
    () => ({ layers, merged, mergedWithout, restored, storageError, add, setHidden, remove }),
    [layers, merged, mergedWithout, restored, storageError, add, setHidden, remove],
  );
  return <ImportLayersContext.Provider value={value}>{children}</ImportLayersContext.Provider>;
}

export function useImportLayers(): ImportLayers {
  const layers = useContext(ImportLayersContext);
  if (!layers) throw new Error("useImportLayers: no ImportLayersProvider above this component");
  return layers;
}
