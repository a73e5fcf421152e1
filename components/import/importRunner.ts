import type { ImportOutcome } from "@/lib/imports/runImport";
import type { ImportSource } from "@/lib/imports/importTypes";
import type { ImportReply, ImportRequest } from "./importProtocol";

// One import at a time in a worker of its own: progress as it comes, and a cancel that
// stops the work at once (the worker is terminated, whatever it was doing).

export interface ImportProgress {
  stage: string;
  done: number;
  total: number;
}

export class ImportRunner {
  private worker: Worker | null = null;
  private rejectCurrent: ((reason: Error) => void) | null = null;

  run(source: ImportSource, bytes: ArrayBuffer, onProgress: (progress: ImportProgress) => void): Promise<{ outcome: ImportOutcome; elapsedMs: number }> {
    this.cancel();
    const worker = new Worker(new URL("./importWorker.ts", import.meta.url));
    this.worker = worker;
    return new Promise<{ outcome: ImportOutcome; elapsedMs: number }>((resolve, reject) => {
      this.rejectCurrent = reject;
      worker.onmessage = (event: MessageEvent<ImportReply>) => {
        const reply = event.data;
        if (reply.id !== source.id) return;
        if (reply.type === "progress") onProgress({ stage: reply.stage, done: reply.done, total: reply.total });
        else {
          this.finish();
          if (reply.type === "result") resolve({ outcome: reply.outcome, elapsedMs: reply.elapsedMs });
          else reject(new Error(reply.message));
        }
      };
      worker.onerror = (event) => {
        this.finish();
        reject(new Error(event.message || "the import worker stopped"));
      };
      worker.postMessage({ type: "import", source, bytes } satisfies ImportRequest, [bytes]);
    });
  }

  /** Stops the import under way, if any; its promise rejects with "cancelled". */
  cancel(): void {
    const reject = this.rejectCurrent;
    this.finish();
    reject?.(new Error("cancelled"));
  }

  private finish(): void {
    this.worker?.terminate();
    this.worker = null;
    this.rejectCurrent = null;
  }
}
