"use client";

import { useEffect, useMemo } from "react";
import { shallow } from "zustand/shallow";
import type { ExplorerStoreApi } from "@/lib/store/createExplorerStore";
import type { ExplorerState } from "@/lib/store/types";
import { createValueSource, type ValueSource } from "./valueSource";

/**
 * A value computed from the store, kept outside React: a canvas follows it through
 * subscribe, so a change repaints without re-rendering a container. It is computed again
 * when `inputs` (what it depends on, compared shallowly) change; without `inputs`, when
 * the value itself does. `compute` and `inputs` must keep their identity between renders
 * (useCallback): a new function is a new source.
 */
export function useStoreValueSource<T>(store: ExplorerStoreApi, compute: (state: ExplorerState) => T, inputs: (state: ExplorerState) => unknown = compute): ValueSource<T> {
  const source = useMemo(() => createValueSource(compute(store.getState())), [store, compute]);
  useEffect(() => {
    // The state may have moved between render and subscription (a link applied on mount).
    source.set(compute(store.getState()));
    return store.subscribe(inputs, () => source.set(compute(store.getState())), { equalityFn: shallow });
  }, [store, compute, inputs, source]);
  return source;
}
