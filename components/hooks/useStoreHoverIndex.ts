"use client";

import { useEffect, useMemo } from "react";
import type { ExplorerStoreApi } from "@/lib/store/createExplorerStore";
import { selectHover } from "@/lib/store/selectors";
import type { ExplorerState, HoverTarget } from "@/lib/store/types";
import { createValueSource, type ValueSource } from "./valueSource";

type HoverKind = NonNullable<HoverTarget>["kind"];

/**
 * The store's hover as an index into a view's own arrays (-1 when nothing the view draws
 * is hovered), kept outside React so a hover re-renders no container. `kinds` limits it
 * to what the view draws: the timeline follows only meetings, the graph any node.
 */
export function useStoreHoverIndex(store: ExplorerStoreApi, indexById: ReadonlyMap<string, number>, kinds?: readonly HoverKind[]): ValueSource<number> {
  const source = useMemo(() => createValueSource(-1), []);
  const kindKey = kinds?.join(",") ?? "";
  useEffect(() => {
    const accepted = kindKey ? new Set(kindKey.split(",")) : null;
    const indexOf = (state: ExplorerState) => {
      const hover = selectHover(state);
      if (!hover || (accepted && !accepted.has(hover.kind))) return -1;
      return indexById.get(hover.id) ?? -1;
    };
    source.set(indexOf(store.getState()));
    return store.subscribe(indexOf, (index) => source.set(index));
  }, [store, indexById, kindKey, source]);
  return source;
}
