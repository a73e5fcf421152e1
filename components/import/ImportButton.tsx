"use client";

import { useEffect, useRef, useState } from "react";
import { ImportPanel } from "./ImportPanel";
import styles from "./Import.module.css";

/** The header's one Import control: opens the import panel as a dialog. */
export function ImportButton() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  // One element in the header's tools (its layout counts them): the button and its dialog together.
  return (
    <div className={styles.control}>
      <button type="button" className={styles.headerButton} onClick={() => setOpen(true)} aria-haspopup="dialog">
        Import
      </button>
      <dialog ref={dialog} className={styles.dialog} aria-labelledby="import-title" onClose={() => setOpen(false)}>
        {/* Kept mounted while closed: an import goes on reading while the user explores. */}
        <ImportPanel onClose={() => setOpen(false)} />
      </dialog>
    </div>
  );
}
