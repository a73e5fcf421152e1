import { z } from "zod";
import type { BuiltDataset } from "./buildDataset";

// What the ingest expects to read, committed beside it (sourceManifest.json): every UN
// table with its row count and the meeting numbers it covers, and the veto list's rows,
// as the last deliberate run found them (`npm run ingest -- --update-manifest`). Checked
// before anything is written: a table that is missing, shorter or no longer readable is
// an error naming the file, so a cut or garbled download can never empty data/. A table
// that grew (the UN adds rows to recent years) passes and is reported.

const tableEntrySchema = z.object({
  rows: z.number().int().nonnegative(),
  meetings: z.number().int().nonnegative(),
  firstMeeting: z.number().int().positive().optional(),
  lastMeeting: z.number().int().positive().optional(),
});
export const sourceManifestSchema = z.object({
  tables: z.record(z.string(), tableEntrySchema),
  vetoTable: z.object({ file: z.string(), rows: z.number().int().positive() }),
});
export type SourceManifest = z.infer<typeof sourceManifestSchema>;

export const sourceManifestFile = "lib/ingest/sourceManifest.json";

export interface ManifestFinding {
  file: string;
  /** missing: not there (unreadable input); invalid: shorter, garbled or not a table; grown: more than before, accepted. */
  kind: "missing" | "invalid" | "grown";
  message: string;
}

export function manifestOf(built: Pick<BuiltDataset, "tableStats" | "vetoStats">): SourceManifest {
  const tables: SourceManifest["tables"] = {};
  for (const stats of [...built.tableStats].sort((a, b) => a.file.localeCompare(b.file))) {
    tables[stats.file] = { rows: stats.rows, meetings: stats.meetings, ...(stats.firstMeeting ? { firstMeeting: stats.firstMeeting, lastMeeting: stats.lastMeeting } : {}) };
  }
  if (!built.vetoStats) throw new Error("manifestOf: no veto list was read; a manifest needs one");
  return { tables, vetoTable: { file: built.vetoStats.file, rows: built.vetoStats.rows } };
}

/** Holds what a run read to the manifest; the findings name each file. */
export function checkSources(manifest: SourceManifest, built: Pick<BuiltDataset, "tableStats" | "vetoStats">): ManifestFinding[] {
  const findings: ManifestFinding[] = [];
  const read = new Map(built.tableStats.map((stats) => [stats.file, stats]));
  for (const [file, expected] of Object.entries(manifest.tables)) {
    const found = read.get(file);
    if (!found) {
      findings.push({ file, kind: "missing", message: `${file}: missing (the manifest expects ${expected.rows} rows)` });
      continue;
    }
    if (found.rows === 0 || found.rowsParsed < found.rows * 0.9) {
      findings.push({ file, kind: "invalid", message: `${file}: garbled or not a meetings table (${found.rowsParsed} of ${found.rows} rows readable; the manifest expects ${expected.rows})` });
    } else if (found.rows < expected.rows || found.meetings < expected.meetings) {
      findings.push({ file, kind: "invalid", message: `${file}: truncated: ${found.rows} rows and ${found.meetings} meetings where the manifest expects ${expected.rows} and ${expected.meetings}` });
    } else if ((expected.firstMeeting && (found.firstMeeting ?? Infinity) > expected.firstMeeting) || (expected.lastMeeting && (found.lastMeeting ?? 0) < expected.lastMeeting)) {
      findings.push({ file, kind: "invalid", message: `${file}: covers meetings ${found.firstMeeting ?? "?"}–${found.lastMeeting ?? "?"} where the manifest expects ${expected.firstMeeting}–${expected.lastMeeting}` });
    } else if (found.rows > expected.rows) {
      findings.push({ file, kind: "grown", message: `${file}: ${found.rows - expected.rows} rows more than the manifest records; accepted (run with --update-manifest to record them)` });
    }
  }
  for (const file of read.keys()) if (!(file in manifest.tables)) findings.push({ file, kind: "grown", message: `${file}: not in the manifest; read, and accepted (run with --update-manifest to record it)` });
  const veto = manifest.vetoTable;
  if (!built.vetoStats) findings.push({ file: veto.file, kind: "missing", message: `${veto.file}: the veto list is missing` });
  else if (built.vetoStats.rows < veto.rows || built.vetoStats.vetoes < built.vetoStats.rows * 0.9) {
    findings.push({ file: veto.file, kind: "invalid", message: `${veto.file}: ${built.vetoStats.vetoes} vetoes in ${built.vetoStats.rows} rows where the manifest expects ${veto.rows} rows` });
  }
  return findings;
}
