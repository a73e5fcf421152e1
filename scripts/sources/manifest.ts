import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { remotePathFor, tablesFolder } from "./unSiteLayout";

// The committed list of the raw tables with the SHA-256 of each, as ../shared holds them.
// sources:fetch checks every download against it: the UN updates the tables of recent
// years, and a changed file should be seen, named and accepted on purpose (--accept).

export interface ManifestEntry {
  /** Path relative to the sources folder, as the ingest reads it. */
  file: string;
  sha256: string;
  bytes: number;
}

export interface Manifest {
  files: ManifestEntry[];
}

export const manifestPath = path.join(import.meta.dirname, "manifest.json");

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export function readManifest(file = manifestPath): Manifest {
  const parsed = JSON.parse(readFileSync(file, "utf8")) as Manifest;
  if (!Array.isArray(parsed.files)) throw new Error(`readManifest: ${file} has no "files" list`);
  for (const entry of parsed.files) {
    if (typeof entry.file !== "string" || !/^[0-9a-f]{64}$/.test(entry.sha256 ?? "") || remotePathFor(entry.file) === undefined) {
      throw new Error(`readManifest: ${file}: not a UN table entry: ${JSON.stringify(entry)}`);
    }
  }
  return parsed;
}

/** One entry per line, sorted by file, so a changed sum is a one-line diff. */
export function renderManifest(manifest: Manifest): string {
  const files = [...manifest.files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return `{\n  "files": [\n${files.map((entry) => `    ${JSON.stringify(entry)}`).join(",\n")}\n  ]\n}\n`;
}

export function writeManifest(manifest: Manifest, file = manifestPath): void {
  writeFileSync(file, renderManifest(manifest));
}

/** The manifest of the UN tables in a sources folder (such as ../shared). */
export function manifestFromFolder(sourcesDir: string): Manifest {
  const folder = path.join(sourcesDir, tablesFolder);
  const files = readdirSync(folder)
    .map((name) => `${tablesFolder}/${name}`)
    .filter((file) => remotePathFor(file) !== undefined)
    .sort()
    .map((file) => {
      const full = path.join(sourcesDir, file);
      return { file, sha256: sha256(readFileSync(full)), bytes: statSync(full).size };
    });
  return { files };
}
