import type { ImportLayer } from "@/lib/imports/importTypes";
import { importKindLabels } from "@/lib/imports/importTypes";
import type { ImportPreview } from "@/lib/imports/previewImport";
import { yearRuns } from "@/lib/details/entityEra";
import { participationRoleLabels } from "@/lib/model/vocabularyLabels";
import { ProblemList } from "./ProblemList";
import styles from "./Import.module.css";

/** What a file gave, before it merges: counts by kind, conflicts with what is loaded, problems by line. */
export function ImportPreviewView({ layer, preview, elapsedMs, onMerge, onDiscard }: { layer: ImportLayer; preview: ImportPreview; elapsedMs: number; onMerge(): void; onDiscard(): void }) {
  return (
    // The worker's time and the bytes read are part of the page's contract for `npm run bench:import`.
    <section className={styles.preview} aria-labelledby="import-preview-title" data-parse-ms={Math.round(elapsedMs)} data-bytes={layer.bytes}>
      <h3 id="import-preview-title">
        Found in “{layer.fileName}” ({importKindLabels[layer.kind]})
      </h3>
      <ul className={styles.counts}>
        <li>
          {preview.meetings.total} meeting{preview.meetings.total === 1 ? "" : "s"}
          {preview.meetings.years.length > 0 ? ` of ${yearRuns(preview.meetings.years)}` : ""} ({preview.meetings.added} new, {preview.meetings.alreadyLoaded} already loaded)
        </li>
        {preview.meetings.yearsNotLoaded.length > 0 && (
          <li>
            {yearRuns(preview.meetings.yearsNotLoaded)} {preview.meetings.yearsNotLoaded.length === 1 ? "is" : "are"} outside the years loaded: after merging, find
            {preview.meetings.total === 1 ? " the meeting" : " these meetings"} by search, or zoom the timeline out
          </li>
        )}
        <li>
          {preview.entities.total} state{preview.entities.total === 1 ? "" : "s"}, organizations and people ({preview.entities.added} new)
        </li>
        <li>
          {preview.participations.total} participation{preview.participations.total === 1 ? "" : "s"} ({preview.participations.stated} stated, {preview.participations.inferred} inferred)
          {preview.participations.byRole.length > 0 ? ": " : ""}
          {preview.participations.byRole.map(([role, count]) => `${participationRoleLabels[role].group} ${count}`).join(", ")}
        </li>
        {preview.participations.alreadyStated > 0 && (
          <li>
            {preview.participations.alreadyStated} of them already stated by the loaded data: added as further sources of those links, not as new ones
          </li>
        )}
      </ul>
      {preview.conflicts.length > 0 ? (
        <div className={styles.conflicts}>
          <h4>Conflicts with what is loaded ({preview.conflicts.length})</h4>
          <p>The loaded record is kept; the import only adds to it.</p>
          <ul>
            {preview.conflicts.map((conflict) => (
              <li key={`${conflict.meetingId}-${conflict.field}`}>
                Meeting {conflict.meetingId}: {conflict.field === "date" ? "date" : "decisions"} {conflict.loaded} loaded, {conflict.imported} in the file
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p>No conflicts with what is loaded.</p>
      )}
      <ProblemList problems={layer.problems} />
      <div className={styles.actions}>
        <button type="button" className={styles.primary} onClick={onMerge}>
          Merge into the explorer
        </button>
        <button type="button" onClick={onDiscard}>
          Discard
        </button>
      </div>
    </section>
  );
}
