// npm run bench:import [-- --runs N] [-- --mb M] [-- --no-build] [-- --site DIR]
// The browser's import, measured in Chromium on the built site: parse throughput in the
// import worker (MB/s) for Repertoire text and for PDF, and the time from a drop to both
// views updated (the preview, then a merge, until the timeline names the meeting
// "participants known" and the graph has the new participant and has settled).
// Medians and 95th percentiles over the runs; printed, written to bench-results/import.json.
import { execSync, spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { printTextToPdf } from "../pdf/printTextToPdf";
import { launchBrowser } from "./browser";
import { median, p95 } from "./stats";
import { waitForServer } from "./waitForServer";

const root = path.resolve(import.meta.dirname, "../..");
const port = 3169;
const baseUrl = `http://127.0.0.1:${port}`;
const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const runs = Number(arg("--runs") ?? 3);
const megabytes = Number(arg("--mb") ?? 2);
const siteDir = arg("--site") ? path.resolve(arg("--site")!) : path.join(root, "out");
const fixture = (name: string) => readFileSync(path.join(root, "lib/sources/fixtures/repertoire", name), "utf8");

/** `size` bytes of Repertoire items: the fixture again and again, each copy numbered as its own item. */
function repertoireText(size: number): string {
  const item = `${fixture("iraq-kuwait.txt")}\n\n`;
  return Array.from({ length: Math.ceil(size / item.length) }, (_, i) => item.replace(/^\d+\./, `${(i % 900) + 1}.`)).join("");
}

async function openPanel(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto(baseUrl);
  await page.getByRole("region", { name: "Timeline of Security Council meetings" }).waitFor();
  await page.getByRole("button", { name: "Import", exact: true }).click();
  return page;
}

/** The worker's time to read and parse one file, from the preview's attributes. */
async function parseRun(browser: Browser, file: { name: string; mimeType: string; buffer: Buffer }): Promise<{ ms: number; bytes: number }> {
  const page = await openPanel(browser);
  await page.getByLabel("Files to import").setInputFiles(file);
  const preview = page.locator("section[data-parse-ms]");
  await preview.waitFor({ timeout: 600_000 });
  const ms = Number(await preview.getAttribute("data-parse-ms"));
  const bytes = Number(await preview.getAttribute("data-bytes"));
  await page.close();
  return { ms, bytes };
}

/** Drop a file, merge as soon as the preview shows, and wait until both views show it. */
async function dropToViews(browser: Browser): Promise<{ preview: number; views: number; total: number }> {
  const page = await openPanel(browser);
  const text = fixture("tribunals.txt");
  const started = await page.getByRole("group", { name: "Drop files here" }).evaluate((zone, body) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([body], "tribunals.txt", { type: "text/plain" }));
    const t = performance.now();
    zone.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    return t;
  }, text);
  const shown = await page.waitForFunction(() => (document.querySelector("section[data-parse-ms]") ? performance.now() : 0), undefined, { polling: "raf", timeout: 120_000 });
  const previewAt = (await shown.jsonValue()) as number;
  const mergedAt = await page.evaluate(() => {
    const button = [...document.querySelectorAll("button")].find((b) => b.textContent === "Merge into the explorer");
    const t = performance.now();
    button?.click();
    return t;
  });
  const done = await page.waitForFunction(
    () => {
      const timeline = document.querySelector('[role="region"][aria-label="Timeline of Security Council meetings"]');
      const mark = timeline?.querySelector('button[data-meeting-id="4849"]');
      const graph = document.querySelector('[role="group"][aria-label="Participation graph"]');
      const node = [...document.querySelectorAll('[role="listbox"][aria-label="Entities in the graph"] [role="option"]')].some((o) => o.textContent?.includes("Erik Møse"));
      const ready = mark?.getAttribute("aria-label")?.endsWith("participants known") && timeline?.getAttribute("data-settled") === "true" && node && graph?.getAttribute("data-settled") === "true";
      return ready ? performance.now() : 0;
    },
    undefined,
    { polling: "raf", timeout: 120_000 },
  );
  const doneAt = (await done.jsonValue()) as number;
  await page.close();
  return { preview: previewAt - started, views: doneAt - mergedAt, total: previewAt - started + (doneAt - mergedAt) };
}


const fmt = (value: number) => (value >= 100 ? String(Math.round(value)) : value.toFixed(2));

async function main(): Promise<void> {
  if (!process.argv.includes("--no-build") && !arg("--site")) execSync("npm run build", { cwd: root, stdio: "inherit" });
  const server = spawn(process.execPath, [path.join(root, "scripts/serve.mjs"), String(port)], { stdio: "ignore", env: { ...process.env, SITE_DIR: siteDir } });
  try {
    await waitForServer(baseUrl, "bench:import");
    const browser = await launchBrowser();
    const text = Buffer.from(repertoireText(megabytes * 1024 * 1024));
    // A PDF of the same prose, shorter: printing and reading pages is the slow part.
    const pdf = Buffer.from(await printTextToPdf(repertoireText(256 * 1024), {}, browser));
    const results = { text: [] as Array<{ ms: number; bytes: number }>, pdf: [] as Array<{ ms: number; bytes: number }>, drop: [] as Array<{ preview: number; views: number; total: number }> };
    for (let run = 1; run <= runs; run++) {
      process.stderr.write(`run ${run}/${runs}: text ${megabytes} MB, PDF ${(pdf.length / 1024 / 1024).toFixed(2)} MB, drop to views\n`);
      results.text.push(await parseRun(browser, { name: "items.txt", mimeType: "text/plain", buffer: text }));
      results.pdf.push(await parseRun(browser, { name: "items.pdf", mimeType: "application/pdf", buffer: pdf }));
      results.drop.push(await dropToViews(browser));
    }
    await browser.close();
    const mbps = (list: Array<{ ms: number; bytes: number }>) => list.map((r) => r.bytes / 1024 / 1024 / (r.ms / 1000));
    const rows = [
      ["worker parse, Repertoire text", `${(text.length / 1024 / 1024).toFixed(1)} MB`, mbps(results.text), "MB/s"],
      ["worker parse, Repertoire PDF", `${(pdf.length / 1024 / 1024).toFixed(2)} MB`, mbps(results.pdf), "MB/s"],
      ["drop to preview", "tribunals.txt", results.drop.map((r) => r.preview), "ms"],
      ["merge to both views updated", "tribunals.txt", results.drop.map((r) => r.views), "ms"],
      ["drop to both views (no pause to read)", "tribunals.txt", results.drop.map((r) => r.total), "ms"],
    ] as const;
    console.log(`bench:import, ${runs} runs (median / p95)`);
    for (const [name, input, values, unit] of rows) console.log(`${name.padEnd(40)} ${input.padEnd(14)} ${fmt(median(values))} / ${fmt(p95(values))} ${unit}`);
    mkdirSync(path.join(root, "bench-results"), { recursive: true });
    writeFileSync(path.join(root, "bench-results/import.json"), `${JSON.stringify({ runs, megabytes, pdfBytes: pdf.length, results }, null, 2)}\n`);
  } finally {
    server.kill();
  }
}

await main();
