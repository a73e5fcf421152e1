"use client";

import { useCallback, useLayoutEffect, useRef, useState } from "react";

export interface RovingFocus<Id> {
  /** The one item in the tab order: the active one while it is rendered, else `preferred`, else the first. */
  tabbableId: Id | undefined;
  activeId: Id | null;
  /** Call from an item's focus handler, so Tab comes back to the item last used. */
  setActiveId(id: Id): void;
  /** Focus an item now if it is rendered, else after the render that brings it (a new page of rows, a pan). */
  focusItem(id: Id): void;
}

/**
 * Roving tabindex over a list of rendered items (ARIA Authoring Practices): Tab enters
 * and leaves the list at one item, keys move focus inside it (see rovingTarget).
 * `elementOf` finds an item's element, or nothing while it is not rendered.
 */
export function useRovingFocus<Id>(renderedIds: readonly Id[], elementOf: (id: Id) => HTMLElement | null | undefined, preferred?: Id): RovingFocus<Id> {
  const [activeId, setActiveId] = useState<Id | null>(null);
  const pending = useRef<Id | null>(null);
  const elementOfRef = useRef(elementOf);
  useLayoutEffect(() => {
    elementOfRef.current = elementOf;
  });

  const tabbableId =
    activeId !== null && renderedIds.includes(activeId) ? activeId : preferred !== undefined && renderedIds.includes(preferred) ? preferred : renderedIds[0];

  // After every render: the item a key asked for may have just appeared.
  useLayoutEffect(() => {
    const id = pending.current;
    if (id === null) return;
    const element = elementOfRef.current(id);
    if (!element) return;
    pending.current = null;
    element.focus();
  });

  const focusItem = useCallback((id: Id) => {
    setActiveId(id);
    const element = elementOfRef.current(id);
    if (element) {
      pending.current = null;
      element.focus();
    } else pending.current = id;
  }, []);

  return { tabbableId, activeId, setActiveId, focusItem };
}
