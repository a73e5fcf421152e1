import type { Dataset } from "@/lib/model/dataset";

// Which records came from which import: what links and the URL schema ask, kept apart
// from the merge itself so the page's first load does not carry the merge.

/** The imports the records of a selection come from: the meetings and entities a link names that only imports hold. */
export function importsBehind(ids: readonly string[], dataset: Dataset): Array<{ id: string; fileName: string }> {
  const wanted = new Set(ids);
  const found = new Map<string, string>();
  const note = (record: { id: string }, sources: ReadonlyArray<{ source: string; importId?: string; file?: string }>) => {
    if (!wanted.has(record.id)) return;
    if (!sources.every((evidence) => evidence.source === "imported" && evidence.importId)) return;
    for (const evidence of sources) found.set(evidence.importId!, evidence.file ?? "");
  };
  for (const meeting of dataset.meetings) note(meeting, meeting.sources);
  for (const entity of dataset.entities) note(entity, entity.sources);
  return [...found].map(([id, fileName]) => ({ id, fileName })).sort((a, b) => a.id.localeCompare(b.id));
}

/** Whether any record of the dataset came from this import. */
export function hasImport(dataset: Dataset, importId: string): boolean {
  return dataset.meetings.some((meeting) => meeting.sources.some((evidence) => evidence.importId === importId)) || dataset.participations.some((p) => p.evidence.importId === importId);
}
