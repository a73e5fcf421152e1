import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkDocumentBytes, checkFileKind, checkNotBinary, decodeUtf8, firstInvalidUtf8Offset, MAX_INPUT_BYTES, type FileKind } from "./inputChecks";

const utf8 = (text: string) => new TextEncoder().encode(text);

function kindOf(kind: "file" | "directory" | "fifo" | "char" | "block" | "socket", size = 10): FileKind {
  return {
    isFile: () => kind === "file",
    isDirectory: () => kind === "directory",
    isFIFO: () => kind === "fifo",
    isCharacterDevice: () => kind === "char",
    isBlockDevice: () => kind === "block",
    isSocket: () => kind === "socket",
    size,
  };
}

describe("checkFileKind", () => {
  it("accepts a regular file within the limit", () => {
    expect(checkFileKind(kindOf("file", MAX_INPUT_BYTES))).toBeUndefined();
  });

  it.each([
    ["directory", "a directory"],
    ["fifo", "a FIFO (named pipe)"],
    ["char", "a character device"],
    ["block", "a block device"],
    ["socket", "a socket"],
  ] as const)("refuses a %s as unreadable, naming what it is", (kind, named) => {
    const refusal = checkFileKind(kindOf(kind));
    expect(refusal).toMatchObject({ status: 2, code: "not-regular-file" });
    expect(refusal?.message).toContain(named);
  });

  it("refuses a file one byte over the limit and states the limit", () => {
    const refusal = checkFileKind(kindOf("file", MAX_INPUT_BYTES + 1));
    expect(refusal).toMatchObject({ status: 2, code: "too-large" });
    expect(refusal?.message).toContain("50 MB limit");
  });
});

describe("checkNotBinary", () => {
  it("accepts prose with tabs, form feeds and both line endings", () => {
    expect(checkNotBinary(utf8("4739th meeting\r\n\tGreece (on behalf of the European Union)\f\n"))).toBeUndefined();
  });

  it("calls a NUL byte binary and gives its offset", () => {
    expect(checkNotBinary(utf8("abc\u0000def"))).toMatchObject({ code: "binary-input", offset: 3 });
  });

  it("says a UTF-16 file looks like UTF-16", () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42, 0x00]);
    expect(checkNotBinary(bytes)?.message).toContain("UTF-16");
  });

  it("calls text dense with control characters binary", () => {
    const bytes = new Uint8Array(200).map((_, index) => (index % 4 === 0 ? 0x01 : 0x41));
    expect(checkNotBinary(bytes)).toMatchObject({ code: "binary-input", offset: 0 });
  });

  it("lets a few stray control characters through", () => {
    const bytes = new Uint8Array(200).map((_, index) => (index === 50 ? 0x1b : 0x41));
    expect(checkNotBinary(bytes)).toBeUndefined();
  });
});

describe("firstInvalidUtf8Offset", () => {
  it.each([
    ["a lone continuation byte", [0x41, 0x80], 1],
    ["a truncated two-byte sequence at the end", [0x41, 0x42, 0xc3], 2],
    ["an overlong slash (C0 AF)", [0x2f, 0xc0, 0xaf], 1],
    ["an overlong three-byte form (E0 80 AF)", [0xe0, 0x80, 0xaf], 0],
    ["a UTF-16 surrogate (ED A0 80)", [0x61, 0xed, 0xa0, 0x80], 1],
    ["a code point above U+10FFFF (F4 90 80 80)", [0xf4, 0x90, 0x80, 0x80], 0],
    ["a byte that never appears (FF)", [0x61, 0x62, 0x63, 0xff], 3],
  ])("finds %s", (_, bytes, offset) => {
    expect(firstInvalidUtf8Offset(new Uint8Array(bytes))).toBe(offset);
  });

  it("passes well-formed text in every sequence length", () => {
    expect(firstInvalidUtf8Offset(utf8("Côte d’Ivoire — 𝄞 São Tomé"))).toBeUndefined();
  });

  it("agrees with a strict TextDecoder on arbitrary bytes, and the prefix before the offset decodes", () => {
    const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.string({ unit: "binary", maxLength: 16 }), (noise, text) => {
        const bytes = new Uint8Array([...utf8(text), ...noise]);
        const offset = firstInvalidUtf8Offset(bytes);
        let valid = true;
        try {
          strict.decode(bytes);
        } catch {
          valid = false;
        }
        expect(offset === undefined).toBe(valid);
        if (offset !== undefined) expect(() => strict.decode(bytes.subarray(0, offset))).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});

describe("decodeUtf8", () => {
  it("names the offset and the bytes of the first bad sequence instead of replacing them", () => {
    const decoded = decodeUtf8(new Uint8Array([...utf8("Security Council "), 0xe9, 0x74, 0xe9]));
    expect(decoded).toMatchObject({ ok: false, refusal: { code: "invalid-utf8", offset: 17, status: 1 } });
    if (!decoded.ok) expect(decoded.refusal.message).toContain("byte offset 17 (bytes e9 74 e9)");
  });
});

describe("checkDocumentBytes", () => {
  it("refuses an empty file as a problem, not a clean parse", () => {
    expect(checkDocumentBytes(new Uint8Array())).toMatchObject({ ok: false, refusal: { code: "empty-input", status: 1 } });
  });

  it("refuses a file of white space alone", () => {
    expect(checkDocumentBytes(utf8(" \n\t\n"))).toMatchObject({ ok: false, refusal: { code: "empty-input" } });
  });

  it("returns the text of a good document, without its byte order mark", () => {
    expect(checkDocumentBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("<table>")]))).toEqual({ ok: true, text: "<table>" });
  });

  it("checks for binary before UTF-8, so a binary file is called binary", () => {
    expect(checkDocumentBytes(new Uint8Array([0xff, 0x00, 0x01]))).toMatchObject({ ok: false, refusal: { code: "binary-input" } });
  });
});
