// What a document must be before a parser sees it: a regular file of a sane size whose
// bytes are UTF-8 text. Pure: the caller stats and reads; these functions judge.

/** The largest document the parse CLI reads. The biggest real source (the 1946–2022 veto
 * table) is under 1 MB, so 50 MB leaves room for any honest file while keeping a parse
 * within a few hundred MB of memory. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

/** Share of control characters in the first bytes above which the input is called binary. */
export const MAX_CONTROL_RATIO = 0.1;
const SNIFF_BYTES = 8192;

export type InputRefusal = {
  /** 2: the file was not read (wrong kind, too large); 1: it was read and is not a text document. */
  status: 1 | 2;
  code: "unreadable" | "not-regular-file" | "too-large" | "empty-input" | "binary-input" | "invalid-utf8";
  message: string;
  /** Byte offset of the first offending byte, when there is one. */
  offset?: number;
};

/** The parts of fs.Stats the checks read, so tests can describe any kind of file. */
export type FileKind = {
  isFile(): boolean;
  isDirectory(): boolean;
  isFIFO(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSocket(): boolean;
  size: number;
};

function describeKind(kind: FileKind): string {
  if (kind.isDirectory()) return "a directory";
  if (kind.isFIFO()) return "a FIFO (named pipe)";
  if (kind.isCharacterDevice()) return "a character device";
  if (kind.isBlockDevice()) return "a block device";
  if (kind.isSocket()) return "a socket";
  return "not a regular file";
}

/** Refuses anything but a regular file no larger than `limit`, before it is opened for reading. */
export function checkFileKind(kind: FileKind, limit = MAX_INPUT_BYTES): InputRefusal | undefined {
  if (!kind.isFile()) {
    return { status: 2, code: "not-regular-file", message: `is ${describeKind(kind)}; only regular files are read` };
  }
  if (kind.size > limit) {
    return { status: 2, code: "too-large", message: `is ${formatBytes(kind.size)}, over the ${formatBytes(limit)} limit for one document` };
  }
  return undefined;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(bytes % 1024 === 0 ? 0 : 1)} KB`;
  return `${bytes} bytes`;
}

/** Bytes that never appear in a text document: C0 controls other than tab, line feed,
 * form feed and carriage return, and DEL. */
function isControlByte(byte: number): boolean {
  return (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f;
}

function looksLikeUtf16(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

/** Calls the input binary when it holds a NUL byte, or when control characters make up
 * more than MAX_CONTROL_RATIO of its first 8 KB. */
export function checkNotBinary(bytes: Uint8Array): InputRefusal | undefined {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const hint = looksLikeUtf16(bytes) ? " (it looks like UTF-16; save it as UTF-8)" : "";
    return { status: 1, code: "binary-input", message: `is binary: a NUL byte at byte offset ${nul}${hint}`, offset: nul };
  }
  const sniffed = bytes.subarray(0, SNIFF_BYTES);
  let controls = 0;
  let firstControl = -1;
  for (let index = 0; index < sniffed.length; index++) {
    if (!isControlByte(sniffed[index]!)) continue;
    controls++;
    if (firstControl < 0) firstControl = index;
  }
  if (sniffed.length > 0 && controls / sniffed.length > MAX_CONTROL_RATIO) {
    const percent = Math.round((controls / sniffed.length) * 100);
    return { status: 1, code: "binary-input", message: `is binary: ${percent}% of its first ${formatBytes(sniffed.length)} are control characters (first at byte offset ${firstControl})`, offset: firstControl };
  }
  return undefined;
}

/** The byte offset where the first ill-formed UTF-8 sequence starts, or undefined when
 * every byte belongs to a well-formed sequence (Unicode Table 3-7). */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number | undefined {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    if (lead < 0x80) {
      index++;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0; // no overlong forms
      if (lead === 0xed) high = 0x9f; // no surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90; // no overlong forms
      if (lead === 0xf4) high = 0x8f; // nothing above U+10FFFF
    } else return index;
    for (let next = 1; next < length; next++) {
      const byte = bytes[index + next];
      const [min, max] = next === 1 ? [low, high] : [0x80, 0xbf];
      if (byte === undefined || byte < min || byte > max) return index;
    }
    index += length;
  }
  return undefined;
}

export type TextDecoding = { ok: true; text: string } | { ok: false; refusal: InputRefusal };

/** A PDF declares itself with "%PDF-" in its first kilobyte (readers accept leading junk before it). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + 5 <= head.length; i++) {
    if (head[i] === 0x25 && head[i + 1] === 0x50 && head[i + 2] === 0x44 && head[i + 3] === 0x46 && head[i + 4] === 0x2d) return true;
  }
  return false;
}

/** A document is text, or a PDF whose binary body goes to the PDF reader instead of the text checks. */
export type DocumentBytes = TextDecoding | { ok: true; pdf: Uint8Array };

/** checkDocumentBytes, but a real PDF passes by its signature. */
export function checkDocumentOrPdf(bytes: Uint8Array): DocumentBytes {
  if (bytes.length > 0 && looksLikePdf(bytes)) return { ok: true, pdf: bytes };
  return checkDocumentBytes(bytes);
}

/** Decodes strictly: invalid UTF-8 is refused with the offset of its first bad sequence
 * rather than replaced with U+FFFD and reported clean. */
export function decodeUtf8(bytes: Uint8Array): TextDecoding {
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8Offset(bytes) ?? 0;
    const shown = Array.from(bytes.subarray(offset, offset + 4), (byte) => byte.toString(16).padStart(2, "0")).join(" ");
    return { ok: false, refusal: { status: 1, code: "invalid-utf8", message: `is not valid UTF-8: a bad sequence at byte offset ${offset} (bytes ${shown})`, offset } };
  }
}

/** Every check on the bytes of a document, in order: empty, binary, UTF-8. */
export function checkDocumentBytes(bytes: Uint8Array): TextDecoding {
  if (bytes.length === 0) return { ok: false, refusal: { status: 1, code: "empty-input", message: "is empty: there is nothing to parse" } };
  const binary = checkNotBinary(bytes);
  if (binary) return { ok: false, refusal: binary };
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return decoded;
  if (decoded.text.trim() === "") return { ok: false, refusal: { status: 1, code: "empty-input", message: "holds only white space: there is nothing to parse" } };
  return decoded;
}
