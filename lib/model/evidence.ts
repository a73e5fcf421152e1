import type { Evidence } from "./schema";

/** Paths in evidence are relative to the sources folder, so they read the same on any machine. */
export function tableEvidence(file: string, span: { row: number; line: number; start: number; end: number }): Evidence {
  return { source: "un-meetings-table", file, row: span.row, line: span.line, start: span.start, end: span.end };
}

export function repertoireEvidence(file: string, item: number, span: { line: number; start: number; end: number }, footnote?: number): Evidence {
  return { source: "repertoire", file, item, ...(footnote ? { footnote } : {}), line: span.line, start: span.start, end: span.end };
}

export function inferredEvidence(note: string, basis?: Evidence): Evidence {
  return { source: "inferred", note, ...(basis?.file ? { file: basis.file } : {}), ...(basis?.row ? { row: basis.row } : {}), ...(basis?.line ? { line: basis.line } : {}) };
}

/** "Repertoire item 52, footnote 3"; "UN meetings table, 2003, row 12"; "inferred: presidency of April 2003". */
export function describeEvidence(evidence: Evidence): string {
  switch (evidence.source) {
    case "repertoire":
      return [`Repertoire item ${evidence.item ?? "?"}`, evidence.footnote ? `footnote ${evidence.footnote}` : undefined, evidence.line ? `line ${evidence.line}` : undefined]
        .filter(Boolean)
        .join(", ");
    case "un-meetings-table": {
      const year = /scact(\d{4})/.exec(evidence.file ?? "")?.[1];
      return [`UN meetings table${year ? `, ${year}` : ""}`, evidence.row ? `row ${evidence.row}` : undefined, evidence.line ? `line ${evidence.line}` : undefined]
        .filter(Boolean)
        .join(", ");
    }
    case "un-veto-table":
      return `UN veto table${evidence.row ? `, row ${evidence.row}` : ""}`;
    case "reference":
      return `Reference facts for 2003${evidence.note ? ` (${evidence.note})` : ""}`;
    case "inferred":
      return `inferred: ${evidence.note ?? "derived by the app"}`;
  }
}
