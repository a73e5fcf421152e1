import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

// data/ is always either the old whole or the new one. The ingest writes every file into a
// fresh folder beside data/ and swaps it in with renames: data/ -> data.old-PID, then the
// new folder -> data/. Interrupted while writing, data/ is untouched and the half-written
// folder is removed; interrupted between the two renames (a few microseconds), the next
// run finds data/ missing and data.old-PID there, and puts the old data back first.

export interface AtomicWriteOptions {
  /** Writes one file; tests pass one that fails midway. */
  writeFile?: (file: string, text: string) => void;
  pid?: number;
}

const staging = (dataDir: string, kind: "new" | "old", pid: number) => path.join(path.dirname(dataDir), `.${path.basename(dataDir)}.${kind}-${pid}`);

/** Puts back a data/ left half-swapped by an interrupted run, and removes abandoned staging folders. */
export function recoverDataDirectory(dataDir: string): void {
  const parent = path.dirname(dataDir);
  if (!existsSync(parent)) return;
  const prefix = `.${path.basename(dataDir)}.`;
  const leftovers = readdirSync(parent).filter((name) => name.startsWith(prefix));
  const old = leftovers.find((name) => name.startsWith(`${prefix}old-`));
  if (!existsSync(dataDir) && old) renameSync(path.join(parent, old), dataDir);
  for (const name of leftovers) if (existsSync(path.join(parent, name))) rmSync(path.join(parent, name), { recursive: true, force: true });
}

/**
 * Replaces `dataDir` with exactly `files` (paths relative to it). Files in the old folder
 * that the ingest does not write and that are not JSON (a README, say) are carried over.
 */
export function writeDataAtomically(dataDir: string, files: ReadonlyMap<string, string>, options: AtomicWriteOptions = {}): void {
  const pid = options.pid ?? process.pid;
  const write = options.writeFile ?? ((file: string, text: string) => writeFileSync(file, text));
  recoverDataDirectory(dataDir);
  const fresh = staging(dataDir, "new", pid);
  rmSync(fresh, { recursive: true, force: true });
  mkdirSync(fresh, { recursive: true });
  try {
    for (const [file, text] of files) {
      mkdirSync(path.dirname(path.join(fresh, file)), { recursive: true });
      write(path.join(fresh, file), text);
    }
    if (existsSync(dataDir)) {
      for (const entry of readdirSync(dataDir, { withFileTypes: true })) {
        if (entry.isFile() && !entry.name.endsWith(".json") && !files.has(entry.name)) cpSync(path.join(dataDir, entry.name), path.join(fresh, entry.name));
      }
    }
  } catch (error) {
    rmSync(fresh, { recursive: true, force: true });
    throw error;
  }
  const old = staging(dataDir, "old", pid);
  const hadData = existsSync(dataDir);
  if (hadData) renameSync(dataDir, old);
  renameSync(fresh, dataDir);
  if (hadData) rmSync(old, { recursive: true, force: true });
}
