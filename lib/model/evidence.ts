import { formatDate, isRealIsoDate } from "@/lib/text/calendar";
import type { Evidence } from "./schema";

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
    case "correction":
      return `Correction${evidence.note ? `: ${evidence.note}` : ""} (lib/ingest/corrections.ts)`;
    case "inferred":
      return `inferred: ${evidence.note ?? "derived by the app"}`;
    case "imported":
      return [
        `imported: ${evidence.file ?? "pasted text"}`,
        evidence.importedAt && isRealIsoDate(evidence.importedAt.slice(0, 10)) ? formatDate(evidence.importedAt.slice(0, 10)) : undefined,
        evidence.item ? `Repertoire item ${evidence.item}` : undefined,
        evidence.footnote ? `footnote ${evidence.footnote}` : undefined,
        evidence.page ? `page ${evidence.page}` : undefined,
        evidence.line ? `line ${evidence.line}` : undefined,
      ]
        .filter(Boolean)
        .join(", ");
  }
}
