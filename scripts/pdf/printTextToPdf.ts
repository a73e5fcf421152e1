// Prints a text file the way the UN prints the Repertoire, with Chromium: paragraphs in a
// serif column, a running head and a page number on every page. Tests use it to make the
// PDFs they import, so no binary fixture is committed. Node-only (Playwright).
import { chromium, type Browser } from "@playwright/test";
import { existsSync } from "node:fs";

const debianChromium = "/usr/bin/chromium";

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export interface PrintOptions {
  /** Print only an image of the text, no text layer: what a scan gives. */
  imageOnly?: boolean;
  /** Narrow the column so paragraphs wrap over more lines and pages. */
  columnWidth?: string;
}

export async function printTextToPdf(text: string, options: PrintOptions = {}, browser?: Browser): Promise<Uint8Array> {
  const own = browser ?? (await chromium.launch({ ...(existsSync(debianChromium) ? { executablePath: debianChromium } : {}), args: ["--no-sandbox"] }));
  try {
    const page = await own.newPage();
    const paragraphs = text.replace(/\r\n?/g, "\n").split(/\n[ \t]*\n/).map((p) => `<p>${escapeHtml(p.trim())}</p>`).join("");
    const body = options.imageOnly
      ? `<canvas id="c" width="600" height="300"></canvas><script>const c=document.getElementById("c").getContext("2d");c.font="16px serif";c.fillText("A scanned page holds no text layer.",20,40);</script>`
      : `<div style="width:${options.columnWidth ?? "auto"}">${paragraphs}</div>`;
    await page.setContent(`<!doctype html><html><body style="font: 13pt serif; hyphens: none">${body}</body></html>`);
    const pdf = await page.pdf({
      format: "A4",
      displayHeaderFooter: !options.imageOnly,
      headerTemplate: '<div style="font-size:8px;width:100%;text-align:center">Repertoire of the Practice of the Security Council</div>',
      footerTemplate: '<div style="font-size:8px;width:100%;text-align:center"><span class="pageNumber"></span></div>',
      margin: { top: "2cm", bottom: "2cm", left: "2cm", right: "2cm" },
    });
    await page.close();
    return new Uint8Array(pdf);
  } finally {
    if (!browser) await own.close();
  }
}

/**
 * A PDF whose trailer names a standard security handler the empty password does not
 * open: what a reader meets in a password-protected file.
 */
export function encryptedPdf(): Uint8Array {
  const hex = (n: number) => Array.from({ length: n }, (_, i) => ((i * 37 + 11) % 256).toString(16).padStart(2, "0")).join("");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
    `<< /Filter /Standard /V 1 /R 2 /O <${hex(32)}> /U <${hex(32).split("").reverse().join("")}> /P -44 >>`,
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${hex(16)}> <${hex(16)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}
