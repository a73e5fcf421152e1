"use client";

import { useRef, useState, type DragEvent } from "react";
import { formatBytes } from "@/lib/sources/inputChecks";
import { MAX_IMPORT_BYTES } from "@/lib/imports/importTypes";
import { useDatasetIndex, useExplorerStoreApi } from "@/lib/store/ExplorerStoreProvider";
import { shareableOf } from "@/lib/store/selectors";
import { CsvColumnsHelp } from "./CsvColumnsHelp";
import { ImportList } from "./ImportList";
import { useImportLayers } from "./ImportLayers";
import { ImportPreviewView } from "./ImportPreviewView";
import { useImportFlow, type InputFile } from "./useImportFlow";
import styles from "./Import.module.css";

const fileOf = (file: File): InputFile => ({ name: file.name, size: file.size, bytes: () => file.arrayBuffer() });

/** Paste, choose or drop; watch it read; look before merging; keep, hide or remove what you imported. */
export function ImportPanel({ onClose }: { onClose(): void }) {
  const index = useDatasetIndex();
  const store = useExplorerStoreApi();
  const imports = useImportLayers();
  const flow = useImportFlow(index);
  const [pasted, setPasted] = useState("");
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const keepSelectionWithout = (id: string) => {
    // Before a layer goes, the selection lets go of what only it held, so the link stays true.
    const remaining = imports.mergedWithout(id);
    const meetings = new Set(remaining.meetings.map((m) => m.id));
    const entities = new Set(remaining.entities.map((e) => e.id));
    const current = shareableOf(store.getState());
    const { selection } = current;
    store.getState().applyShareable({
      ...current,
      selection: { meetings: selection.meetings.filter((m) => meetings.has(m)), entities: selection.entities.filter((e) => entities.has(e)) },
    });
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    flow.start([...event.dataTransfer.files].map(fileOf));
  };
  const running = flow.step.kind === "running" ? flow.step : null;
  const preview = flow.step.kind === "preview" ? flow.step : null;

  return (
    <div className={styles.panel}>
      <div className={styles.panelHead}>
        <h2 id="import-title">Import records</h2>
        {/* Worded as the other tools' dialogs close; the name says which panel. */}
        <button type="button" className={styles.closeButton} onClick={onClose} aria-label="Close the import panel">
          Close
        </button>
      </div>
      <p className={styles.intro}>
        Bring a Repertoire item (.txt or .pdf), a UN meetings table (.html) or a CSV of meetings and participations. Up to{" "}
        {formatBytes(MAX_IMPORT_BYTES)} per file; what you import stays in this browser.
      </p>
      <CsvColumnsHelp />
      <div
        className={styles.dropZone}
        data-dragging={dragging ? "true" : undefined}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        role="group"
        aria-label="Drop files here"
      >
        <span>Drop files here, or</span>
        <button type="button" onClick={() => fileInput.current?.click()} disabled={running !== null}>
          Choose files…
        </button>
        <input
          ref={fileInput}
          className={styles.visuallyHidden}
          type="file"
          multiple
          accept=".txt,.pdf,.html,.htm,.csv,text/plain,application/pdf,text/html,text/csv"
          aria-label="Files to import"
          onChange={(event) => {
            flow.start([...(event.target.files ?? [])].map(fileOf));
            event.target.value = "";
          }}
        />
      </div>
      <div className={styles.paste}>
        <label htmlFor="import-paste">Or paste text</label>
        <textarea id="import-paste" rows={4} value={pasted} onChange={(event) => setPasted(event.target.value)} spellCheck={false} />
        <button
          type="button"
          disabled={running !== null || pasted.trim().length === 0}
          onClick={() => {
            const bytes = new TextEncoder().encode(pasted);
            flow.start([{ name: "pasted text", size: bytes.byteLength, bytes: async () => bytes.buffer as ArrayBuffer }]);
          }}
        >
          Read pasted text
        </button>
      </div>
      {running ? (
        <div className={styles.progress} role="status">
          <span>
            Reading “{running.fileName}”{running.progress ? `: ${running.progress.stage}` : ""}
          </span>
          <progress aria-label="Import progress" max={running.progress?.total ?? 1} value={running.progress ? running.progress.done : undefined} />
          <button type="button" onClick={flow.cancel}>
            Cancel import
          </button>
        </div>
      ) : null}
      {flow.message ? (
        <p className={flow.message.tone === "error" ? styles.error : styles.done} role={flow.message.tone === "error" ? "alert" : "status"}>
          {flow.message.text}
        </p>
      ) : null}
      {imports.storageError ? (
        <p className={styles.error} role="alert">
          {imports.storageError}
        </p>
      ) : null}
      {preview ? (
        <ImportPreviewView
          layer={preview.layer}
          preview={preview.preview}
          elapsedMs={preview.elapsedMs}
          onMerge={() => {
            void imports.add(preview.layer);
            flow.finishPreview(`Merged “${preview.layer.fileName}”: ${preview.layer.meetings.length} meetings, ${preview.layer.participations.length} participations.`);
          }}
          onDiscard={() => flow.finishPreview(`Discarded “${preview.layer.fileName}”; nothing was changed.`)}
        />
      ) : null}
      <ImportList
        layers={imports.layers}
        onHidden={(id, hidden) => {
          if (hidden) keepSelectionWithout(id);
          void imports.setHidden(id, hidden);
        }}
        onRemove={(id) => {
          keepSelectionWithout(id);
          void imports.remove(id);
        }}
      />
    </div>
  );
}
