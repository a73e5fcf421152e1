"use client";

import { memo, useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { rovingTarget } from "@/components/hooks/rovingKeys";
import { useRovingFocus } from "@/components/hooks/useRovingFocus";
import { DisplayState, type GraphDisplay } from "@/lib/graph/display";
import type { GraphData } from "@/lib/graph/types";
import styles from "./GraphView.module.css";

export interface GraphNodeListProps {
  graph: GraphData;
  display: GraphDisplay;
  /** Entity node indices in name order. */
  order: readonly number[];
  /** Shown as a compact panel instead of only for assistive technology. */
  visible: boolean;
  onFocusNode(index: number): void;
  onSelect(index: number, additive: boolean): void;
}

interface OptionProps {
  index: number;
  name: string;
  selected: boolean;
  highlighted: boolean;
  tabbable: boolean;
  onSelect(index: number, additive: boolean): void;
}

const optionKeys = { axis: "both", homeEnd: true, pageStep: 10 } as const;
/**
 * Entities per block of options. The 20,000 entities of the whole Repertoire took the
 * page 2.6 s of style and layout in one task, blocking the graph's first frames. Blocks
 * are added one per task, and the browser lays out only the blocks in view
 * (content-visibility); every option stays in the accessibility tree. A block holds
 * the same entities (a slice of `order`) whatever the filters, so a filter adds and
 * removes options within blocks.
 */
const blockSize = 400;

const GraphNodeOption = memo(function GraphNodeOption({ index, name, selected, highlighted, tabbable, onSelect }: OptionProps) {
  return (
    <div
      role="option"
      aria-label={name}
      aria-selected={selected}
      data-highlighted={highlighted ? "true" : undefined}
      data-index={index}
      tabIndex={tabbable ? 0 : -1}
      className={styles.option}
      onClick={(event) => onSelect(index, event.ctrlKey || event.metaKey || event.shiftKey)}
    >
      {name}
    </div>
  );
});

interface OptionBlockProps {
  graph: GraphData;
  display: GraphDisplay;
  /** The block's entities, a slice of the list's order. */
  indices: readonly number[];
  tabbableId: number | undefined;
  onSelect(index: number, additive: boolean): void;
}

/** One block of options; unchanged blocks are not rendered again when the next one is added. */
const OptionBlock = memo(function OptionBlock({ graph, display, indices, tabbableId, onSelect }: OptionBlockProps) {
  return (
    <div role="none" className={styles.optionBlock}>
      {indices.map((index) => {
        const state = display.nodeState[index]!;
        if (state === DisplayState.hidden) return null;
        return (
          <GraphNodeOption
            key={graph.nodes[index]!.id}
            index={index}
            name={graph.nodes[index]!.label}
            selected={state === DisplayState.selected}
            highlighted={state >= DisplayState.highlighted}
            tabbable={index === tabbableId}
            onSelect={onSelect}
          />
        );
      })}
    </div>
  );
});

/**
 * The graph for keyboards and screen readers: a multi-select listbox of the entities
 * shown, in name order. Arrows, Home, End and typed letters move; Enter or Space selects
 * (with Ctrl, Cmd or Shift, adds to the selection). Focus draws a ring on the canvas.
 */
export const GraphNodeList = memo(function GraphNodeList({ graph, display, order, visible, onFocusNode, onSelect }: GraphNodeListProps) {
  const listRef = useRef<HTMLDivElement>(null);
  const [focused, setFocused] = useState(false);
  const shown = order.filter((index) => display.nodeState[index]! > DisplayState.hidden);
  const blocks = useMemo(() => Array.from({ length: Math.ceil(order.length / blockSize) }, (_, block) => order.slice(block * blockSize, (block + 1) * blockSize)), [order]);
  const blockCount = blocks.length;
  const [renderedBlocks, setRenderedBlocks] = useState(1);
  const complete = renderedBlocks >= blockCount;
  useEffect(() => {
    if (complete) return;
    const timer = setTimeout(() => setRenderedBlocks((count) => count + 1), 0);
    return () => clearTimeout(timer);
  }, [complete, renderedBlocks]);
  const roving = useRovingFocus(shown, (index) => listRef.current?.querySelector<HTMLElement>(`[data-index="${index}"]`));
  const active = roving.activeId ?? -1;
  const focusAt = (position: number) => {
    const index = shown[position];
    if (index !== undefined) roving.focusItem(index);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const position = shown.indexOf(active);
    const additive = event.ctrlKey || event.metaKey || event.shiftKey;
    const target = rovingTarget(event.key, position, shown.length, optionKeys);
    if (target !== null) focusAt(target);
    else if ((event.key === "Enter" || event.key === " ") && active >= 0) onSelect(active, additive);
    else if (event.key.length === 1 && /\S/.test(event.key) && !event.ctrlKey && !event.metaKey) {
      // Type-ahead: the next name after the current one that starts with the letter.
      const letter = event.key.toLocaleLowerCase();
      const rotated = [...shown.slice(position + 1), ...shown.slice(0, position + 1)];
      const match = rotated.find((index) => graph.nodes[index]!.label.toLocaleLowerCase().startsWith(letter));
      if (match === undefined) return;
      focusAt(shown.indexOf(match));
    } else return;
    event.preventDefault();
  };

  const activeNode = active >= 0 ? graph.nodes[active] : undefined;
  // A listbox must hold options: with none shown, the empty-graph message says why.
  if (shown.length === 0) return null;
  return (
    <>
      <div
        ref={listRef}
        role="listbox"
        aria-label="Entities in the graph"
        aria-multiselectable="true"
        aria-busy={complete ? undefined : "true"}
        className={visible ? styles.listPanel : styles.visuallyHidden}
        onKeyDown={onKeyDown}
        onFocus={(event) => {
          const index = Number((event.target as HTMLElement).dataset.index ?? -1);
          roving.setActiveId(index);
          setFocused(true);
          onFocusNode(index);
        }}
        onBlur={(event) => {
          if (listRef.current?.contains(event.relatedTarget as Node | null)) return;
          setFocused(false);
          onFocusNode(-1);
        }}
      >
        {blocks.slice(0, renderedBlocks).map((indices, block) => {
          // Only the block holding the tabbable option changes when it moves.
          const tabbable = roving.tabbableId;
          const tabbableId = tabbable !== undefined && indices.includes(tabbable) ? tabbable : undefined;
          return <OptionBlock key={block} graph={graph} display={display} indices={indices} tabbableId={tabbableId} onSelect={onSelect} />;
        })}
      </div>
      {focused && !visible && activeNode ? (
        <p className={styles.keyboardHint} aria-hidden="true">
          <strong>{activeNode.label}</strong> · ↑ ↓ move · Enter select · Ctrl+Enter add
        </p>
      ) : null}
    </>
  );
});
