import type { Entity, Evidence, Meeting, Participation } from "@/lib/model/schema";
import type { Problem } from "@/lib/sources/problem";

// An import is a layer over the shipped data: the records one file (or one paste) added,
// kept apart so it can be hidden or removed and take exactly its own records with it.

export type ImportKind = "repertoire-text" | "repertoire-pdf" | "meetings-table" | "csv";

export const importKindLabels: Record<ImportKind, string> = {
  "repertoire-text": "Repertoire item (text)",
  "repertoire-pdf": "Repertoire item (PDF)",
  "meetings-table": "UN meetings table",
  csv: "CSV of meetings and participations",
};

/** The largest file (or paste) the browser imports; stated in the panel. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export interface ImportLayer {
  /** Stable for the life of the import: "imp-<time>-<random>". */
  id: string;
  /** The file's name, or "pasted text". */
  fileName: string;
  kind: ImportKind;
  /** ISO date and time of the import. */
  importedAt: string;
  bytes: number;
  hidden: boolean;
  meetings: Meeting[];
  /** Every entity the layer's records name, so a layer stands alone over any loaded years. */
  entities: Entity[];
  participations: Participation[];
  problems: Problem[];
}

export interface ImportSource {
  id: string;
  fileName: string;
  importedAt: string;
}

/** Evidence of an imported record: "imported: file name, date", keeping where in the file. */
export function importedEvidence(evidence: Evidence, source: ImportSource): Evidence {
  return { ...evidence, source: "imported", file: source.fileName, importId: source.id, importedAt: source.importedAt };
}

/** Why an input was not imported: a code for tests, a message naming the input. */
export interface ImportRefusal {
  code: "empty-input" | "binary-input" | "invalid-utf8" | "too-large" | "encrypted-pdf" | "image-only-pdf" | "invalid-pdf" | "unknown-format" | "no-records" | "table-without-year" | "cancelled";
  message: string;
}
