"use client";

import { useEffect } from "react";
import { useExplorerStoreApi } from "@/lib/store/ExplorerStoreProvider";

/** Esc anywhere clears the selection, unless a text field or open menu is using it. */
export function useEscapeClears(): void {
  const store = useExplorerStoreApi();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [role=combobox]")) return;
      store.getState().clearSelection();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [store]);
}
