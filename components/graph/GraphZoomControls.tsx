import styles from "./GraphView.module.css";

/** Zoom buttons for those without a wheel or a pinch; names say "graph" to stay unique on the page. */
export function GraphZoomControls({ onZoomIn, onZoomOut, onFit }: { onZoomIn(): void; onZoomOut(): void; onFit(): void }) {
  return (
    <div className={styles.zoomControls}>
      <button type="button" onClick={onZoomIn} aria-label="Zoom in graph" title="Zoom in">
        +
      </button>
      <button type="button" onClick={onZoomOut} aria-label="Zoom out graph" title="Zoom out">
        −
      </button>
      <button type="button" onClick={onFit} aria-label="Fit graph to view" title="Fit to view">
        ⤢
      </button>
    </div>
  );
}
