// pdfjs-dist ships no types for its worker entry; the reader only stores the module on
// globalThis.pdfjsWorker, where pdfjs looks for an in-thread worker.
declare module "pdfjs-dist/legacy/build/pdf.worker.mjs" {
  export const WorkerMessageHandler: unknown;
}
