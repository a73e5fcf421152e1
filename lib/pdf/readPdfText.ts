import { textFromPdfPages, type PdfPage, type PdfText } from "./pdfLines";

// Reads the text of a PDF with pdfjs-dist: the same code in the ingest (Node) and in the
// import worker (browser). pdfjs runs its parser in the calling thread here ("fake
// worker"): the browser's caller is already a Web Worker, and Node has no other. The
// library is imported on first use, so the page bundle does not carry it.

export class PdfReadError extends Error {
  constructor(
    readonly code: "encrypted-pdf" | "image-only-pdf" | "invalid-pdf" | "cancelled",
    message: string,
  ) {
    super(message);
    this.name = "PdfReadError";
  }
}

interface TextItemLike {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

async function loadPdfjs() {
  // Node 20 lacks Promise.withResolvers, which pdfjs 6 uses; browsers have it.
  if (typeof (Promise as { withResolvers?: unknown }).withResolvers !== "function") {
    Object.assign(Promise, {
      withResolvers<T>() {
        let resolve!: (value: T) => void;
        let reject!: (reason?: unknown) => void;
        const promise = new Promise<T>((res, rej) => {
          resolve = res;
          reject = rej;
        });
        return { promise, resolve, reject };
      },
    });
  }
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const holder = globalThis as { pdfjsWorker?: unknown };
  holder.pdfjsWorker ??= await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
  return pdfjs;
}

export interface ReadPdfOptions {
  onPage?: (done: number, total: number) => void;
  isCancelled?: () => boolean;
}

export async function readPdfText(bytes: Uint8Array, options: ReadPdfOptions = {}): Promise<PdfText> {
  const pdfjs = await loadPdfjs();
  // pdfjs takes ownership of the buffer it is given; hand it a copy.
  const task = pdfjs.getDocument({ data: bytes.slice(), disableFontFace: true, useSystemFonts: false, useWasm: false, verbosity: 0 });
  let document;
  try {
    document = await task.promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === "PasswordException") throw new PdfReadError("encrypted-pdf", "the PDF is protected by a password; save an unprotected copy and import that");
    throw new PdfReadError("invalid-pdf", `the file is not a readable PDF (${(error as Error).message ?? String(error)})`);
  }
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      if (options.isCancelled?.()) throw new PdfReadError("cancelled", "the import was cancelled");
      const page = await document.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const runs = (content.items as TextItemLike[])
        .filter((item) => typeof item.str === "string" && item.transform)
        .map((item) => ({ str: item.str ?? "", x: item.transform![4] ?? 0, y: item.transform![5] ?? 0, width: item.width ?? 0, height: item.height ?? 0 }));
      pages.push({ number, height: viewport.height, runs });
      page.cleanup();
      options.onPage?.(number, document.numPages);
    }
    const text = textFromPdfPages(pages);
    if (text.text.trim().length === 0) {
      throw new PdfReadError("image-only-pdf", `the PDF's ${pages.length} page${pages.length === 1 ? " holds" : "s hold"} no text (a scan?); run it through OCR first, or paste the text`);
    }
    return text;
  } finally {
    await task.destroy();
  }
}
