// The parse CLI on hostile input: each case spawns the real script, with a time limit so a
// hang (a FIFO with no writer, /dev/zero) fails the test instead of stalling the suite.
import { execFile, execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encryptedPdf, printTextToPdf } from "./pdf/printTextToPdf";

const root = path.resolve(import.meta.dirname, "..");
let dir: string;

type CliRun = { status: number | null; stdout: string; stderr: string; timedOut: boolean };

/** Spawns asynchronously so the test worker stays responsive while tsx starts. */
function runParse(file: string): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, ["--import", "tsx", path.join(root, "scripts/parse.ts"), file], { cwd: root, encoding: "utf8", timeout: 60_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const status = error ? (typeof error.code === "number" ? error.code : null) : 0;
      resolve({ status, stdout, stderr, timedOut: Boolean(error?.killed) });
    });
  });
}

function write(name: string, content: string | Uint8Array): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

// Two rows in the shape of the 1994–2019 tables (lib/sources/fixtures/meetings-modern.html).
const cleanTable = readFileSync(path.join(root, "lib/sources/fixtures/meetings-modern.html"), "utf8").split(/\n(?=  <tr>\n    <td><a target="_top" href="https:\/\/undocs.org\/en\/S\/PV.4999">)/)[0] + "\n</table>\n";

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "parse-cli-"));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("npm run parse", { timeout: 90_000 }, () => {
  it("parses a clean table with status 0", async () => {
    const result = await runParse(write("scact2003_table_en.html", cleanTable));
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).meetings).toHaveLength(2);
  });

  it("refuses a FIFO without waiting for a writer (status 2)", async () => {
    const fifo = path.join(dir, "pipe.html");
    execFileSync("mkfifo", [fifo]);
    const result = await runParse(fifo);
    expect(result.timedOut).toBe(false);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("is a FIFO (named pipe); only regular files are read");
  });

  it("refuses /dev/zero rather than reading it without end (status 2)", async () => {
    const result = await runParse("/dev/zero");
    expect(result.timedOut).toBe(false);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("/dev/zero is a character device");
  });

  it("refuses a directory (status 2)", async () => {
    const folder = path.join(dir, "folder.html");
    mkdirSync(folder);
    const result = await runParse(folder);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("is a directory");
  });

  it("refuses a file over the size limit and says the limit (status 2)", async () => {
    const huge = write("huge.txt", "");
    truncateSync(huge, 60 * 1024 * 1024); // sparse: no 60 MB written
    const result = await runParse(huge);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("is 60 MB, over the 50 MB limit for one document");
  });

  it("reports an empty file as a problem, not a clean parse (status 1)", async () => {
    const result = await runParse(write("empty.txt", ""));
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("empty.txt is empty");
  });

  it("refuses a binary file without printing its bytes (status 1)", async () => {
    const bytes = new Uint8Array(4096).map((_, index) => (index * 37) % 256);
    const result = await runParse(write("image.txt", bytes));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/image\.txt is binary: a NUL byte at byte offset 0\n$/);
  });

  it("refuses invalid UTF-8 with the byte offset of the first bad sequence (status 1)", async () => {
    const latin1 = Buffer.from("4739th meeting, C\u00f4te d'Ivoire", "latin1");
    const result = await runParse(write("latin1.txt", latin1));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("latin1.txt is not valid UTF-8: a bad sequence at byte offset 17 (bytes f4 74 65 20)");
  });

  it("parses a Repertoire PDF like its text, with the page of every line", async () => {
    const text = readFileSync(path.join(root, "lib/sources/fixtures/repertoire/middle-east-vetoes.txt"), "utf8");
    const fromText = await runParse(write("vetoes.txt", text));
    const fromPdf = await runParse(write("vetoes.pdf", await printTextToPdf(text)));
    expect(fromPdf.stderr).toBe("");
    expect(fromPdf.status).toBe(0);
    const pdf = JSON.parse(fromPdf.stdout);
    const withoutSpans = (items: unknown) => JSON.stringify(items, (key, value: unknown) => (key === "span" ? undefined : value));
    expect(withoutSpans(pdf.items)).toBe(withoutSpans(JSON.parse(fromText.stdout).items));
    expect(pdf.pdfPages).toBe(1);
    expect(pdf.pdfLines[pdf.items[0].span.line - 1]).toMatchObject({ page: 1 });
  });

  it("says a password-protected PDF cannot be read (status 1)", async () => {
    const result = await runParse(write("locked.pdf", encryptedPdf()));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("locked.pdf: encrypted-pdf: the PDF is protected by a password");
  });

  it("says a missing file cannot be read (status 2)", async () => {
    const result = await runParse(path.join(dir, "missing.html"));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("missing.html cannot be read: ENOENT");
  });
});
