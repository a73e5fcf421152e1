import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

// Where the raw sources are, worked out here and nowhere else: the ingest, the prebuild,
// the benchmarks, vitest's config and the tests that read the real corpus all ask this
// module. The sources are not part of the project (see README, "Where the data comes
// from"): a fresh clone has none unless ../shared is beside it or COUNCIL_SOURCES says
// where they are.

export const projectRoot = fileURLToPath(new URL("../..", import.meta.url));

/** What the ingest reads from a sources folder; a folder without one of them cannot be used. */
export const requiredSourceParts = ["sources/un-meetings-tables", "seeds", "data/reference-2003.json"] as const;

export interface SourcesLocation {
  dir: string;
  /** Who chose the folder, for messages: the caller's --sources, COUNCIL_SOURCES, or the default beside the project. */
  chosenBy: "--sources" | "COUNCIL_SOURCES" | "default ../shared";
  exists: boolean;
  /** Required parts absent from a folder that exists. */
  missing: string[];
}

export function locateSources(explicitDir?: string): SourcesLocation {
  const fromEnv = process.env.COUNCIL_SOURCES;
  const dir = path.resolve(explicitDir ?? fromEnv ?? path.join(projectRoot, "../shared"));
  const chosenBy = explicitDir ? "--sources" : fromEnv ? "COUNCIL_SOURCES" : "default ../shared";
  const exists = existsSync(dir);
  const missing = exists ? requiredSourceParts.filter((part) => !existsSync(path.join(dir, part))) : [];
  return { dir, chosenBy, exists, missing };
}

/** CI sets CI=true; there a check that cannot find the sources is an error, not a note. */
export function isCi(): boolean {
  const value = process.env.CI;
  return value !== undefined && value !== "" && value !== "false" && value !== "0";
}

export class SourcesUnavailableError extends Error {
  readonly code = "sources-unavailable";
}

function absentReason(location: SourcesLocation): string {
  if (location.chosenBy === "default ../shared") return `no raw sources: nothing at ${location.dir} (../shared beside the project) and COUNCIL_SOURCES is not set`;
  return `no raw sources: ${location.chosenBy} names ${location.dir}, which does not exist`;
}

function incompleteReason(location: SourcesLocation): string {
  return `the sources folder ${location.dir} (from ${location.chosenBy}) lacks ${location.missing.join(", ")}`;
}

/**
 * For a check against the real sources: the folder to read when it is there; otherwise
 * the one-line reason it does not run. Absent sources under CI, and a folder that exists
 * but lacks a required part anywhere, throw: those are mistakes to fix, not to skip.
 */
export function sourcesForCheck(explicitDir?: string): { dir: string } | { notRun: string } {
  const location = locateSources(explicitDir);
  if (location.exists && location.missing.length > 0) throw new SourcesUnavailableError(incompleteReason(location));
  if (location.exists) return { dir: location.dir };
  if (isCi()) throw new SourcesUnavailableError(`${absentReason(location)}; CI=true needs them`);
  return { notRun: absentReason(location) };
}

/** For what cannot do without the sources (the ingest, a corpus test, the parser benchmark). */
export function requireSources(explicitDir?: string): string {
  const location = locateSources(explicitDir);
  if (!location.exists) throw new SourcesUnavailableError(absentReason(location));
  if (location.missing.length > 0) throw new SourcesUnavailableError(incompleteReason(location));
  return location.dir;
}
