"use client";

import { useCallback, useMemo } from "react";
import { requestDetailsReveal } from "@/components/hooks/detailsReveal";
import { buildGraph } from "@/lib/graph/buildGraph";
import type { ViewFrame } from "@/lib/graph/viewFrame";
import { useDatasetIndex, useDerivedSelectors, useExplorer, useExplorerStoreApi, usePrelaidGraphLayout } from "@/lib/store/ExplorerStoreProvider";
import { selectPresenting, selectStatedOnly } from "@/lib/store/selectors";
import { usePresentationTextPx } from "@/components/hooks/usePresentationTextPx";
import { GraphScene } from "./GraphScene";
import { useStoreHoverIndex } from "@/components/hooks/useStoreHoverIndex";
import { useStoreDisplay, useStoreViewFrame } from "./useStoreSources";

/**
 * The force-directed graph of who took part in the Council's meetings, tied to the
 * explorer store: it fills its parent, shows what the time window and filters leave,
 * lights the selection, and selects on click or Enter.
 */
export function GraphView({ onSettled }: { onSettled?(settleMs: number): void } = {}) {
  const store = useExplorerStoreApi();
  const index = useDatasetIndex();
  const derived = useDerivedSelectors();
  const prelaid = usePrelaidGraphLayout();
  const statedOnly = useExplorer(selectStatedOnly);
  const presenting = useExplorer(selectPresenting);
  const presentationTextPx = usePresentationTextPx(presenting);
  const graph = useMemo(() => buildGraph(index.dataset), [index]);
  const display = useStoreDisplay(store, derived, graph);
  const hover = useStoreHoverIndex(store, graph.indexById);

  const onSelectNode = useCallback(
    (nodeIndex: number, additive: boolean, touch?: boolean) => {
      const node = graph.nodes[nodeIndex];
      if (!node) return;
      if (node.kind === "meeting") store.getState().selectMeeting(node.id, { additive });
      else store.getState().selectEntity(node.id, { additive });
      // On a phone the details sit below the graph: a tap brings them up, as on the timeline.
      const { selection } = store.getState();
      if (touch && (selection.meetings.includes(node.id) || selection.entities.includes(node.id))) requestDetailsReveal({ id: node.id, focus: true });
    },
    [graph, store],
  );
  const onHoverNode = useCallback(
    (nodeIndex: number) => {
      const node = graph.nodes[nodeIndex];
      store.getState().setHover(node ? { kind: node.kind === "meeting" ? "meeting" : "entity", id: node.id } : null);
    },
    [graph, store],
  );
  const onBackgroundClick = useCallback(() => store.getState().clearSelection(), [store]);
  const onStatedOnlyChange = useCallback((value: boolean) => store.getState().setStatedOnly(value), [store]);
  const viewFrame = useStoreViewFrame(store);
  const onViewFrameChange = useCallback((frame: ViewFrame | null) => store.getState().setGraphView(frame), [store]);

  return (
    <GraphScene
      graph={graph}
      display={display}
      hover={hover}
      prelaid={prelaid}
      onSelectNode={onSelectNode}
      onHoverNode={onHoverNode}
      onBackgroundClick={onBackgroundClick}
      statedOnly={statedOnly}
      onStatedOnlyChange={onStatedOnlyChange}
      onSettled={onSettled}
      viewFrame={viewFrame}
      onViewFrameChange={onViewFrameChange}
      presentationTextPx={presenting ? presentationTextPx : undefined}
    />
  );
}
