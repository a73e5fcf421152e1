import type { ImportOutcome } from "@/lib/imports/runImport";
import type { ImportSource } from "@/lib/imports/importTypes";

// Messages between the import panel and its worker. The bytes are transferred, not copied.

export interface ImportRequest {
  type: "import";
  source: ImportSource;
  bytes: ArrayBuffer;
}

export type ImportReply =
  | { type: "progress"; id: string; stage: string; done: number; total: number }
  /** `elapsedMs`: the worker's own time for the import, for the benchmark's throughput. */
  | { type: "result"; id: string; outcome: ImportOutcome; elapsedMs: number }
  | { type: "failed"; id: string; message: string };
