import type { Dataset } from "@/lib/model/dataset";
import { formatDate, formatYearSpan } from "@/lib/text/calendar";

/**
 * Which sources a figure or a file drew on, and when it was made: "Sources: UN Dag
 * Hammarskjöld Library, meetings tables 2003; Repertoire of the Practice of the Security
 * Council, 2003 (items 51, 52); … Exported 30 November 2026 from <link>."
 */
export function sourceLine(dataset: Pick<Dataset, "years" | "meetings" | "participations">, exportedOn: string, link: string): string {
  const kinds = new Set<string>();
  const items = new Set<number>();
  for (const meeting of dataset.meetings) for (const source of meeting.sources) kinds.add(source.source);
  for (const participation of dataset.participations) {
    for (const evidence of [participation.evidence, ...(participation.corroboratedBy ?? [])]) {
      kinds.add(evidence.source);
      if (evidence.source === "repertoire" && evidence.item) items.add(evidence.item);
    }
  }
  const years = formatYearSpan(dataset.years);
  const parts = [`UN Dag Hammarskjöld Library, “Meetings conducted by the Security Council”, ${years}`];
  if (kinds.has("un-veto-table")) parts.push("the UN library's list of vetoed drafts");
  if (kinds.has("repertoire")) parts.push(`Repertoire of the Practice of the Security Council${items.size ? ` (items ${[...items].sort((a, b) => a - b).join(", ")})` : ""}`);
  if (kinds.has("reference")) parts.push("the project's reference facts");
  const inferred = kinds.has("inferred") ? " Dashed links are inferred by the app (presidencies, states named in topics)." : "";
  return `Sources: ${parts.join("; ")}.${inferred} Exported ${formatDate(exportedOn)} from ${link}`;
}
