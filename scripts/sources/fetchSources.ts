import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { sha256, type Manifest, type ManifestEntry } from "./manifest";
import { defaultDownloadOptions, DownloadError, politeDownload, type DownloadOptions } from "./politeDownload";
import { remotePathFor } from "./unSiteLayout";

// Fetches every table the manifest lists from the UN site (or a mirror laid out like it)
// into a sources folder, one file at a time, and checks each against its SHA-256.

export interface FetchSourcesOptions {
  dest: string;
  baseUrl: string;
  manifest: Manifest;
  /** Record the sum of a changed file instead of reporting it as an error. */
  accept: boolean;
  /** A pause between two requests, on top of any back-off: the library's server is not ours. */
  pauseMs: number;
  download?: Partial<DownloadOptions>;
  log: (line: string) => void;
}

export interface FetchSourcesReport {
  /** Downloaded and as the manifest says. */
  matched: string[];
  /** Already in dest with the manifest's sum: not asked for again. */
  kept: string[];
  /** Downloaded, saved, and different from the manifest. */
  changed: Array<{ file: string; expected: string; actual: string; bytes: number }>;
  failed: Array<{ file: string; url: string; reason: string }>;
  /** The manifest with the new sums of changed files when `accept` is set; else as given. */
  manifest: Manifest;
}

function saveAtomically(file: string, bytes: Uint8Array): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  writeFileSync(partial, bytes);
  renameSync(partial, file);
}

function alreadyThere(dest: string, entry: ManifestEntry): boolean {
  const file = path.join(dest, entry.file);
  return existsSync(file) && sha256(readFileSync(file)) === entry.sha256;
}

export async function fetchSources(options: FetchSourcesOptions): Promise<FetchSourcesReport> {
  const report: FetchSourcesReport = { matched: [], kept: [], changed: [], failed: [], manifest: options.manifest };
  const download: DownloadOptions = { ...defaultDownloadOptions, onRetry: options.log, ...options.download };
  const accepted = new Map<string, ManifestEntry>();
  let asked = 0;
  for (const entry of options.manifest.files) {
    const remote = remotePathFor(entry.file);
    if (remote === undefined) {
      report.failed.push({ file: entry.file, url: "", reason: "not a UN library table name" });
      continue;
    }
    if (alreadyThere(options.dest, entry)) {
      report.kept.push(entry.file);
      continue;
    }
    const url = new URL(remote, options.baseUrl).href;
    if (asked++ > 0 && options.pauseMs > 0) await download.sleep(options.pauseMs);
    let bytes: Uint8Array;
    try {
      bytes = await politeDownload(url, download);
    } catch (error) {
      if (!(error instanceof DownloadError)) throw error;
      report.failed.push({ file: entry.file, url, reason: error.reason });
      options.log(`failed   ${entry.file} <- ${url}: ${error.reason}`);
      continue;
    }
    saveAtomically(path.join(options.dest, entry.file), bytes);
    const actual = sha256(bytes);
    if (actual === entry.sha256) {
      report.matched.push(entry.file);
      options.log(`ok       ${entry.file}`);
    } else {
      report.changed.push({ file: entry.file, expected: entry.sha256, actual, bytes: bytes.length });
      if (options.accept) accepted.set(entry.file, { file: entry.file, sha256: actual, bytes: bytes.length });
      options.log(`changed  ${entry.file}: SHA-256 ${actual}, the manifest has ${entry.sha256}${options.accept ? " (accepted)" : ""}`);
    }
  }
  if (accepted.size > 0) report.manifest = { files: options.manifest.files.map((entry) => accepted.get(entry.file) ?? entry) };
  return report;
}
