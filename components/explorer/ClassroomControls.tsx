"use client";

import { lazy, Suspense, useEffect, useState } from "react";
import { enterPresentation } from "@/components/presentation/fullScreen";
import { useExplorerStoreApi } from "@/lib/store/ExplorerStoreProvider";
import styles from "./Explorer.module.css";
import { useClassroomScope } from "./useClassroomScope";

// The dialogs are loaded when first opened: the first page load carries none of them
// (React.lazy: React is loaded anyway, Next's dynamic() would add its loader).
const StoriesDialog = lazy(() => import("@/components/stories/StoriesDialog"));
const ExportDialog = lazy(() => import("@/components/export/ExportDialog"));

const typingTarget = "input, textarea, select, [contenteditable='true'], [role=combobox], dialog";

/** The header's classroom controls: Present (and the key P), Stories, Export/Share; each a compact button of the header's tools. */
export function ClassroomControls({ defaultYear }: { defaultYear: number }) {
  const store = useExplorerStoreApi();
  const { defaults, scope } = useClassroomScope(defaultYear);
  const [open, setOpen] = useState<"stories" | "export" | null>(null);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== "p" || event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      if ((event.target as Element | null)?.closest?.(typingTarget) || store.getState().presenting) return;
      event.preventDefault();
      enterPresentation(store.getState().setPresenting);
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [store]);

  return (
    // One child of the header's tools, so the search keeps its place in the row where the three fit (Explorer.module.css).
    <div className={styles.classroom}>
      <button type="button" className={styles.headerButton} onClick={() => enterPresentation(store.getState().setPresenting)} aria-keyshortcuts="P" title="Present (P)">
        Present
      </button>
      <button type="button" className={styles.headerButton} onClick={() => setOpen("stories")} aria-haspopup="dialog">
        Stories
      </button>
      <button type="button" className={styles.headerButton} onClick={() => setOpen("export")} aria-haspopup="dialog">
        Export/Share
      </button>
      <Suspense fallback={null}>
        {open === "stories" ? <StoriesDialog onClose={() => setOpen(null)} defaults={defaults} scope={scope} /> : null}
        {open === "export" ? <ExportDialog onClose={() => setOpen(null)} scope={scope} /> : null}
      </Suspense>
    </div>
  );
}
