"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { whenIdle } from "@/components/hooks/whenIdle";
import { useElementSize } from "@/components/hooks/useElementSize";
import { useReducedMotion } from "@/components/hooks/useReducedMotion";
import { useValueSource } from "@/components/hooks/useValueSource";
import type { ValueSource } from "@/components/hooks/valueSource";
import type { GraphDisplay } from "@/lib/graph/display";
import { layoutInputFor } from "@/lib/graph/layoutInput";
import type { PrelaidLayout } from "@/lib/graph/prelaidLayout";
import type { ViewFrame } from "@/lib/graph/viewFrame";
import { prepareScene } from "@/lib/graph/scene";
import { legendKindsOf, legendKindsShown } from "@/lib/graph/legendKinds";
import { namingStamp } from "@/lib/graph/namingStamp";
import { outOfViewSentence } from "@/lib/graph/outOfView";
import type { GraphData } from "@/lib/graph/types";
import { graphTextTheme, presentationGraphTextTheme } from "@/lib/theme/theme";
import { GraphCanvas } from "./GraphCanvas";
import { GraphLegend } from "./GraphLegend";
import { GraphNodeList } from "./GraphNodeList";
import type { Naming } from "./LabelCache";
import type { GraphCanvasApi } from "./useGraphCanvas";
import styles from "./GraphView.module.css";
import { useGraphLayout } from "./useGraphLayout";

export interface GraphSceneProps {
  graph: GraphData;
  display: ValueSource<GraphDisplay>;
  hover: ValueSource<number>;
  /** `touch`: a tap on the canvas (a phone brings the details into view). */
  onSelectNode(index: number, additive: boolean, touch?: boolean): void;
  onHoverNode(index: number): void;
  onBackgroundClick?(): void;
  statedOnly?: boolean;
  onStatedOnlyChange?(statedOnly: boolean): void;
  /** Same data and seed, same picture. */
  seed?: number;
  /** A layout computed at build time: shown at once when it was made for this graph and seed. */
  prelaid?: PrelaidLayout | null;
  /** After each frame painted with positions. */
  onPainted?(): void;
  /** When the layout first comes to rest. */
  onSettled?(settleMs: number): void;
  /** Presentation mode's type size in px: larger, darker names (lib/theme) and the legend always open. Absent: the page's theme. */
  presentationTextPx?: number;
  /** Where a link or story step asks the view to be; the graph frames itself while it is null. */
  viewFrame?: ValueSource<ViewFrame | null>;
  /** Where the user left the view, once it rests; null when the graph frames itself again. */
  onViewFrameChange?(frame: ViewFrame | null): void;
}

const noop = () => {};
/** localeCompare's order; one collator is many times faster over 20,000 names. */
const nameOrder = new Intl.Collator();

/**
 * The graph without the store: data, display and callbacks in, a canvas with its
 * accessible list, legend and zoom buttons out. GraphView connects it to the explorer
 * store; the bench page feeds it a workload.
 */
export function GraphScene({ graph, display, hover, onSelectNode, onHoverNode, onBackgroundClick = noop, statedOnly, onStatedOnlyChange, seed = 1, prelaid, onPainted, onSettled, presentationTextPx, viewFrame, onViewFrameChange }: GraphSceneProps) {
  const presentation = presentationTextPx !== undefined;
  const textTheme = presentation ? presentationGraphTextTheme(presentationTextPx) : graphTextTheme;
  const scene = useMemo(() => prepareScene(graph), [graph]);
  const layoutInput = useMemo(() => layoutInputFor(graph), [graph]);
  const order = useMemo(
    () => graph.nodes.map((node, index) => ({ node, index })).filter(({ node }) => node.kind !== "meeting").sort((a, b) => nameOrder.compare(a.node.label, b.node.label)).map(({ index }) => index),
    [graph],
  );
  const reducedMotion = useReducedMotion();
  const stageRef = useRef<HTMLDivElement>(null);
  const { channel, status } = useGraphLayout(graph, layoutInput, { seed, animate: !reducedMotion, view: stageRef, prelaid });
  const currentDisplay = useValueSource(display);
  const [focus, setFocus] = useState(-1);
  const [listVisible, setListVisible] = useState(false);
  // The list (thousands of options in a large graph) renders once the page is idle after
  // its first frames (within a second), so neither the layout worker nor the page's first
  // paint waits for it; showing it asks for it at once.
  const [listMounted, setListMounted] = useState(false);
  useEffect(() => whenIdle(() => setListMounted(true), 1000), []);
  const rootRef = useRef<HTMLDivElement>(null);
  // The legend starts open where there is room for it and closed in a small pane.
  const [legendOpen, setLegendOpen] = useState<boolean | null>(null);
  const rootSize = useElementSize(rootRef);
  const roomy = rootSize.height >= 520 && rootSize.width >= 560;
  // Stamped straight on the element: tests and the benchmark wait for the frame that shows a
  // selection, and read which of its nodes the canvas named.
  const stampedNaming = useRef<Naming | null>(null);
  const canvasApi = useRef<GraphCanvasApi>(null);
  // Selected nodes the view leaves out (a story's frame, the user's zoom): said beside the canvas, by name.
  const [outOfView, setOutOfView] = useState("");
  const onFramePainted = useCallback(
    (painted: GraphDisplay, naming: Naming) => {
      const root = rootRef.current;
      if (root && root.dataset.paintedSelection !== painted.selectionKey) root.dataset.paintedSelection = painted.selectionKey;
      if (root && stampedNaming.current !== naming) {
        stampedNaming.current = naming;
        const stamp = namingStamp(graph, naming);
        for (const [key, value] of Object.entries(stamp)) {
          if (value === null) delete root.dataset[key];
          else root.dataset[key] = value;
        }
        const names = (naming.selectedOutOfView ?? []).map((index) => graph.nodes[index]!.label).sort(nameOrder.compare);
        setOutOfView(outOfViewSentence(names));
      }
      onPainted?.();
    },
    [onPainted, graph],
  );

  useEffect(() => {
    if (status.settled && status.settleMs !== null) onSettled?.(status.settleMs);
  }, [status.settled, status.settleMs, onSettled]);

  // A presenter's legend is always shown: the room cannot open it.
  const legendShown = presentation || (legendOpen ?? roomy);
  // Toggle events also follow our own changes of `open`; only a different value is the user's.
  const onLegendToggle = (open: boolean) => {
    if (open !== legendShown) setLegendOpen(open);
  };
  // A projector's key lists what the picture shows; the page's is the full reference.
  // The page's full key is computed once per graph, not on every change of selection.
  const allLegendKinds = useMemo(() => legendKindsOf(graph), [graph]);
  const shownLegendKinds = useMemo(() => (presentation ? legendKindsShown(graph, currentDisplay) : null), [graph, currentDisplay, presentation]);
  const legendKinds = shownLegendKinds ?? allLegendKinds;
  const entityCount = order.reduce((count, index) => count + (currentDisplay.nodeState[index] ? 1 : 0), 0);
  return (
    <div
      ref={rootRef}
      role="group"
      className={styles.root}
      aria-label="Participation graph"
      data-settled={status.settled ? "true" : "false"}
      data-node-count={currentDisplay.visibleNodeCount}
      data-entity-count={entityCount}
      data-settle-ms={status.settleMs ?? undefined}
      data-layout-ms={status.layoutMs ?? undefined}
      data-layout-source={status.settled ? (status.prelaid ? "prelaid" : "worker") : undefined}
      data-theme={presentation ? "presentation" : undefined}
      data-label-px={textTheme.labelPx}
    >
      <div ref={stageRef} className={styles.stage}>
        <GraphCanvas
          ref={canvasApi}
          scene={scene}
          display={display}
          hover={hover}
          focus={focus}
          channel={channel}
          reducedMotion={reducedMotion}
          onSelect={onSelectNode}
          onHover={onHoverNode}
          onBackgroundClick={onBackgroundClick}
          onPainted={onFramePainted}
          textTheme={textTheme}
          viewFrame={viewFrame}
          onViewFrameChange={onViewFrameChange}
        />
        {listMounted || listVisible ? <GraphNodeList graph={graph} display={currentDisplay} order={order} visible={listVisible} onFocusNode={setFocus} onSelect={onSelectNode} /> : null}
        <div className={styles.topBar}>
          <div className={styles.notices}>
            <p className={styles.status} role="status">
              {/* Before the worker answers it may still be loading (a slow connection): say only what is known. */}
              {status.error ? `The layout failed: ${status.error}` : status.settled ? "" : status.started ? "Arranging the graph…" : "Preparing the graph…"}
            </p>
            {outOfView ? (
              <p className={styles.outOfView}>
                <span>{outOfView}</span>{" "}
                <button type="button" className={styles.showSelection} onClick={() => canvasApi.current?.showSelection()}>
                  Show the whole selection
                </button>
              </p>
            ) : null}
          </div>
          <button type="button" className={styles.listToggle} aria-pressed={listVisible} onClick={() => setListVisible((shown) => !shown)}>
            Entity list
          </button>
        </div>
        {currentDisplay.visibleNodeCount === 0 ? <p className={styles.empty}>Nobody took part in the meetings the time window and filters leave.</p> : null}
      </div>
      <GraphLegend {...legendKinds} statedOnly={statedOnly} onStatedOnlyChange={onStatedOnlyChange} open={legendShown} onOpenChange={onLegendToggle} />
    </div>
  );
}
