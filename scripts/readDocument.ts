// Reads one document a user hands the parse CLI, refusing what is not a text file of a sane
// size. The judging is pure (lib/sources/inputChecks.ts); this module owns the effects.
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from "node:fs";
import { checkDocumentOrPdf, checkFileKind, formatBytes, MAX_INPUT_BYTES, type InputRefusal } from "../lib/sources/inputChecks";

export type DocumentRead = { ok: true; text: string } | { ok: true; pdf: Uint8Array } | { ok: false; refusal: InputRefusal };

function refused(status: 1 | 2, code: InputRefusal["code"], message: string): DocumentRead {
  return { ok: false, refusal: { status, code, message } };
}

/** Reads at most limit + 1 bytes from an open file, so a file that grew after its stat
 * (or lied about its size) is still caught without reading it all. */
function readCapped(fd: number, limit: number): Uint8Array | undefined {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, limit + 1 - total));
    const count = readSync(fd, chunk, 0, chunk.length, null);
    if (count === 0) break;
    chunks.push(chunk.subarray(0, count));
    total += count;
    if (total > limit) return undefined;
  }
  return new Uint8Array(Buffer.concat(chunks, total));
}

/** Stats before opening (a FIFO with no writer would block an open for reading), opens
 * without blocking, then checks the opened file again in case the path was swapped. */
export function readDocument(file: string, limit = MAX_INPUT_BYTES): DocumentRead {
  let fd: number | undefined;
  try {
    const before = checkFileKind(statSync(file), limit);
    if (before) return { ok: false, refusal: before };
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const opened = checkFileKind(fstatSync(fd), limit);
    if (opened) return { ok: false, refusal: opened };
    const bytes = readCapped(fd, limit);
    if (!bytes) return refused(2, "too-large", `grew past the ${formatBytes(limit)} limit for one document while it was read`);
    return checkDocumentOrPdf(bytes);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    return refused(2, "unreadable", `cannot be read: ${code ?? message}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
