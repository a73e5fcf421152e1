"use client";

import { lazy, Suspense, useEffect, useRef, useState } from "react";
import styles from "./Import.module.css";

// The panel (parsers, preview, worker client) loads when Import is first opened.
const ImportPanel = lazy(() => import("./ImportPanel").then((module) => ({ default: module.ImportPanel })));

/** The header's one Import control: opens the import panel as a dialog. */
export function ImportButton() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const [everOpened, setEverOpened] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  // One element in the header's tools (its layout counts them): the button and its dialog together.
  return (
    <div className={styles.control}>
      <button type="button" className={styles.headerButton} onClick={() => {
          setEverOpened(true);
          setOpen(true);
        }} aria-haspopup="dialog">
        Import
      </button>
      <dialog ref={dialog} className={styles.dialog} aria-labelledby="import-title" onClose={() => setOpen(false)}>
        {/* Kept mounted while closed: an import goes on reading while the user explores. */}
        {everOpened ? (
          <Suspense fallback={<p role="status">Loading the import panel…</p>}>
            <ImportPanel onClose={() => setOpen(false)} />
          </Suspense>
        ) : null}
      </dialog>
    </div>
  );
}
