import type { Evidence } from "@/lib/model/schema";

// How the ingest records where each record came from. Paths in evidence are relative to
// the sources folder, so they read the same on any machine.

export function tableEvidence(file: string, span: { row: number; line: number; start: number; end: number }): Evidence {
  return { source: "un-meetings-table", file, row: span.row, line: span.line, start: span.start, end: span.end };
}

export function repertoireEvidence(file: string, item: number, span: { line: number; start: number; end: number }, footnote?: number): Evidence {
  return { source: "repertoire", file, item, ...(footnote ? { footnote } : {}), line: span.line, start: span.start, end: span.end };
}

export function inferredEvidence(note: string, basis?: Evidence): Evidence {
  return { source: "inferred", note, ...(basis?.file ? { file: basis.file } : {}), ...(basis?.row ? { row: basis.row } : {}), ...(basis?.line ? { line: basis.line } : {}) };
}
