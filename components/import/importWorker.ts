/// <reference lib="webworker" />
import councilMembers from "@/data/council-members.json";
import reference from "@/data/reference.json";
import { importContext, type ImportContext } from "@/lib/imports/importContext";
import { runImport } from "@/lib/imports/runImport";
import type { ImportReply, ImportRequest } from "./importProtocol";

// Parses what the user brings off the main thread, so the page keeps answering while a
// 10 MB file is read. Cancel terminates this worker; the next import starts a new one.

const scope = self as unknown as DedicatedWorkerGlobalScope;
let context: ImportContext | null = null;

scope.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { source, bytes } = event.data;
  const reply = (message: ImportReply) => scope.postMessage(message);
  const started = performance.now();
  try {
    context ??= importContext(reference, councilMembers);
    const outcome = await runImport(new Uint8Array(bytes), source, context, {
      onProgress: (stage, done, total) => reply({ type: "progress", id: source.id, stage, done, total }),
    });
    reply({ type: "result", id: source.id, outcome, elapsedMs: performance.now() - started });
  } catch (error) {
    reply({ type: "failed", id: source.id, message: error instanceof Error ? error.message : String(error) });
  }
};
