import { existsSync } from "node:fs";
import path from "node:path";

/**
 * Where ../shared is: COUNCIL_SOURCES, else the folder beside the project. Used by the
 * ingest and by tests that check facts against the real sources (they fail, not skip,
 * when it is missing: CI always has it).
 */
export function sharedSourcesDir(): string {
  const dir = process.env.COUNCIL_SOURCES ?? path.resolve(import.meta.dirname, "../../../shared");
  if (!existsSync(dir)) throw new Error(`sharedSourcesDir: no sources folder at ${dir}; set COUNCIL_SOURCES`);
  return dir;
}
