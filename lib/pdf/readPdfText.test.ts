import { readFileSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "@playwright/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encryptedPdf, printTextToPdf } from "@/scripts/pdf/printTextToPdf";
import { parseRepertoire } from "@/lib/sources/repertoire";
import { withoutSpans } from "@/lib/sources/repertoire.testing";
import { PdfReadError, readPdfText } from "./readPdfText";

// The PDF path end to end in Node: the project's fixtures printed by Chromium (running
// head, page numbers, a narrow column that breaks paragraphs across pages), read back with
// pdfjs, parsed: the same items as the text. The bad PDFs each get their own error.

const fixtures = ["iraq-kuwait.txt", "middle-east-vetoes.txt", "tribunals.txt", "mano-river.txt"];
const read = (name: string) => readFileSync(path.resolve(__dirname, "../sources/fixtures/repertoire", name), "utf8");
let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

describe("readPdfText", () => {
  for (const name of fixtures) {
    it(`reads ${name} printed as PDF into the same items as the text`, async () => {
      const text = read(name);
      const pdf = await printTextToPdf(text, { columnWidth: "7cm" }, browser);
      const extracted = await readPdfText(pdf);
      expect(extracted.pages).toBeGreaterThan(1);
      const fromPdf = parseRepertoire(extracted.text, { file: `${name}.pdf` });
      const fromText = parseRepertoire(text, { file: name });
      expect(withoutSpans(fromPdf.items)).toEqual(withoutSpans(fromText.items));
      expect(fromPdf.problems.map((p) => p.code)).toEqual(fromText.problems.map((p) => p.code));
    });
  }

  it("maps every line of the extracted text to its page and line there", async () => {
    const extracted = await readPdfText(await printTextToPdf(read("tribunals.txt"), { columnWidth: "7cm" }, browser));
    const lines = extracted.text.split("\n");
    expect(extracted.lines).toHaveLength(lines.length);
    lines.forEach((line, i) => expect(extracted.lines[i] === null).toBe(line === ""));
    const pages = new Set(extracted.lines.flatMap((at) => (at ? [at.page] : [])));
    expect([...pages]).toEqual(Array.from({ length: extracted.pages }, (_, i) => i + 1));
    expect(extracted.text).not.toMatch(/Repertoire of the Practice/);
  });

  it("refuses a password-protected PDF with its own code", async () => {
    await expect(readPdfText(encryptedPdf())).rejects.toMatchObject({ code: "encrypted-pdf" });
  });

  it("refuses a PDF of images with no text layer", async () => {
    const error = await readPdfText(await printTextToPdf("", { imageOnly: true }, browser)).catch((e: unknown) => e);
    expect(error, String(error)).toBeInstanceOf(PdfReadError);
    expect(error).toMatchObject({ code: "image-only-pdf" });
  });

  it("refuses bytes that only start like a PDF", async () => {
    await expect(readPdfText(new TextEncoder().encode("%PDF-1.7\nnot really"))).rejects.toMatchObject({ code: "invalid-pdf" });
  });
});
