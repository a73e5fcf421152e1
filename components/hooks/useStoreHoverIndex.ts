"use client";

import { useMemo } from "react";
import type { ExplorerStoreApi } from "@/lib/store/createExplorerStore";
import { selectHover } from "@/lib/store/selectors";
import type { ExplorerState, HoverTarget } from "@/lib/store/types";
import { useStoreValueSource } from "./useStoreValueSource";
import type { ValueSource } from "./valueSource";

type HoverKind = NonNullable<HoverTarget>["kind"];

/**
 * The store's hover as an index into a view's own arrays (-1 when nothing the view draws
 * is hovered), kept outside React so a hover re-renders no container. `kinds` limits it
 * to what the view draws: the timeline follows only meetings, the graph any node.
 */
export function useStoreHoverIndex(store: ExplorerStoreApi, indexById: ReadonlyMap<string, number>, kinds?: readonly HoverKind[]): ValueSource<number> {
  // A key, not the array: callers may pass a new array each render.
  const kindKey = kinds?.join(",") ?? "";
  const indexOf = useMemo(() => {
    const accepted = kindKey ? new Set(kindKey.split(",")) : null;
    return (state: ExplorerState) => {
      const hover = selectHover(state);
      if (!hover || (accepted && !accepted.has(hover.kind))) return -1;
      return indexById.get(hover.id) ?? -1;
    };
  }, [indexById, kindKey]);
  return useStoreValueSource(store, indexOf);
}
