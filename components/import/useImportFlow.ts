"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { formatBytes } from "@/lib/sources/inputChecks";
import { MAX_IMPORT_BYTES, type ImportLayer } from "@/lib/imports/importTypes";
import { previewImport, type ImportPreview } from "@/lib/imports/previewImport";
import type { DatasetIndex } from "@/lib/model/dataset";
import { ImportRunner, type ImportProgress } from "./importRunner";

// The steps of one import: a file (or a paste) is read in the worker with progress, then
// waits in preview until the user merges or discards it. Several files queue up.

export type ImportStep =
  | { kind: "idle" }
  | { kind: "running"; fileName: string; progress: ImportProgress | null }
  | { kind: "preview"; layer: ImportLayer; preview: ImportPreview; elapsedMs: number };

export interface InputFile {
  name: string;
  size: number;
  bytes(): Promise<ArrayBuffer>;
}

function newImportId(): string {
  return `imp-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export function useImportFlow(loaded: DatasetIndex) {
  const [step, setStep] = useState<ImportStep>({ kind: "idle" });
  const [message, setMessage] = useState<{ tone: "error" | "done"; text: string } | null>(null);
  const queue = useRef<InputFile[]>([]);
  /** A file is being read or waits in preview; new files queue behind it. */
  const busy = useRef(false);
  const runner = useRef<ImportRunner | null>(null);
  const loadedRef = useRef(loaded);
  useEffect(() => {
    loadedRef.current = loaded;
  }, [loaded]);
  useEffect(() => () => runner.current?.cancel(), []);

  const advance = useRef<() => Promise<void>>(async () => {});
  const next = useCallback(() => advance.current(), []);
  const readNext = useCallback(async () => {
    const file = queue.current.shift();
    busy.current = file !== undefined;
    if (!file) {
      setStep({ kind: "idle" });
      return;
    }
    // Checked before reading a byte: a 50 MB file is refused without being loaded.
    if (file.size > MAX_IMPORT_BYTES) {
      setMessage({ tone: "error", text: `"${file.name}" is ${formatBytes(file.size)}, over the ${formatBytes(MAX_IMPORT_BYTES)} limit for one import. Nothing was changed.` });
      void next();
      return;
    }
    setStep({ kind: "running", fileName: file.name, progress: null });
    runner.current ??= new ImportRunner();
    try {
      const bytes = await file.bytes();
      const source = { id: newImportId(), fileName: file.name, importedAt: new Date().toISOString() };
      const { outcome, elapsedMs } = await runner.current.run(source, bytes, (progress) => setStep({ kind: "running", fileName: file.name, progress }));
      if (!outcome.ok) {
        setMessage({ tone: "error", text: `${outcome.refusal.message}. Nothing was changed.` });
        void next();
        return;
      }
      setStep({ kind: "preview", layer: outcome.layer, preview: previewImport(outcome.layer, loadedRef.current), elapsedMs });
    } catch (error) {
      const cancelled = error instanceof Error && error.message === "cancelled";
      setMessage({ tone: "error", text: cancelled ? `The import of "${file.name}" was cancelled. Nothing was changed.` : `"${file.name}" could not be imported: ${(error as Error).message}. Nothing was changed.` });
      if (!cancelled) void next();
      else {
        queue.current = [];
        busy.current = false;
        setStep({ kind: "idle" });
      }
    }
  }, [next]);
  useEffect(() => {
    advance.current = readNext;
  }, [readNext]);

  const start = useCallback((files: InputFile[]) => {
    if (files.length === 0) return;
    setMessage(null);
    queue.current.push(...files);
    if (!busy.current) void next();
  }, [next]);

  const cancel = useCallback(() => runner.current?.cancel(), []);
  const finishPreview = useCallback((text: string) => {
    setMessage({ tone: "done", text });
    void next();
  }, [next]);

  return { step, message, start, cancel, finishPreview, clearMessage: () => setMessage(null) };
}
