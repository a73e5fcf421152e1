import { importKindLabels, type ImportLayer } from "@/lib/imports/importTypes";
import { formatDate } from "@/lib/text/calendar";
import styles from "./Import.module.css";

/** The imports this browser keeps, each with what it added; hide one for a while, or remove it. */
export function ImportList({ layers, onHidden, onRemove }: { layers: readonly ImportLayer[]; onHidden(id: string, hidden: boolean): void; onRemove(id: string): void }) {
  return (
    <section aria-labelledby="import-list-title">
      <h3 id="import-list-title">Your imports</h3>
      {layers.length === 0 ? (
        <p>None yet. What you import stays in this browser until you remove it.</p>
      ) : (
        <ul className={styles.list} aria-label="Imports">
          {layers.map((layer) => (
            <li key={layer.id} aria-label={layer.fileName} className={layer.hidden ? styles.hidden : undefined}>
              <span className={styles.name}>{layer.fileName}</span>
              <span className={styles.meta}>
                {importKindLabels[layer.kind]}, imported {formatDate(layer.importedAt.slice(0, 10))}: {layer.meetings.length} meetings, {layer.participations.length} participations
                {layer.hidden ? " (hidden)" : ""}
              </span>
              <span className={styles.rowActions}>
                <button type="button" onClick={() => onHidden(layer.id, !layer.hidden)}>
                  {layer.hidden ? "Show" : "Hide"} <span className={styles.visuallyHidden}>{layer.fileName}</span>
                </button>
                <button type="button" onClick={() => onRemove(layer.id)}>
                  Remove <span className={styles.visuallyHidden}>{layer.fileName}</span>
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
