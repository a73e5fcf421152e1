import { edgeStyle, inferredDash, nodeStyle, type NodeShape } from "@/lib/graph/palette";
import type { GraphEdgeKind, GraphNodeKind } from "@/lib/graph/types";
import { graphTheme } from "@/lib/theme/theme";
import styles from "./GraphView.module.css";

function ShapeIcon({ shape, fill, stroke }: { shape: NodeShape; fill: string; stroke: string }) {
  const common = { fill, stroke, strokeWidth: 1 };
  return (
    <svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true">
      {shape === "circle" ? <circle r="6" {...common} /> : null}
      {shape === "dot" ? <circle r="3" {...common} /> : null}
      {shape === "square" ? <rect x="-5.3" y="-5.3" width="10.6" height="10.6" {...common} /> : null}
      {shape === "triangle" ? <polygon points="0,-7 6.1,3.5 -6.1,3.5" {...common} /> : null}
      {shape === "diamond" ? <polygon points="0,-7 7,0 0,7 -7,0" {...common} /> : null}
    </svg>
  );
}

function LineIcon({ color, width, dashed }: { color: string; width: number; dashed?: boolean }) {
  return (
    <svg width="28" height="10" viewBox="0 0 28 10" aria-hidden="true">
      <line x1="1" y1="5" x2="27" y2="5" stroke={color} strokeWidth={Math.max(1.5, width * 1.4)} strokeDasharray={dashed ? inferredDash.join(" ") : undefined} />
    </svg>
  );
}

export interface GraphLegendProps {
  nodeKinds: readonly GraphNodeKind[];
  edgeKinds: readonly GraphEdgeKind[];
  hasInferred: boolean;
  /** The store's "stated only" filter; omitted where there is no store (bench). */
  statedOnly?: boolean;
  onStatedOnlyChange?(statedOnly: boolean): void;
  open: boolean;
  onOpenChange(open: boolean): void;
}

/** What shapes, colours and dashes mean, and the switch for inferred links. */
export function GraphLegend({ nodeKinds, edgeKinds, hasInferred, statedOnly, onStatedOnlyChange, open, onOpenChange }: GraphLegendProps) {
  return (
    <details className={styles.legend} open={open} onToggle={(event) => onOpenChange(event.currentTarget.open)}>
      <summary>Legend</summary>
      <ul className={styles.legendList} aria-label="Node kinds">
        {nodeKinds.map((kind) => (
          <li key={kind}>
            <ShapeIcon {...nodeStyle[kind]} />
            {nodeStyle[kind].label}
          </li>
        ))}
      </ul>
      <ul className={styles.legendList} aria-label="Link kinds">
        {edgeKinds.map((kind) => (
          <li key={kind}>
            <LineIcon {...edgeStyle[kind]} />
            {edgeStyle[kind].label}
          </li>
        ))}
        {hasInferred ? (
          <li>
            <LineIcon color={graphTheme.neutral} width={1} dashed />
            Inferred by the app (dashed)
          </li>
        ) : null}
      </ul>
      {hasInferred && onStatedOnlyChange ? (
        <label className={styles.toggle}>
          <input type="checkbox" checked={!statedOnly} onChange={(event) => onStatedOnlyChange(!event.target.checked)} />
          Show inferred links
        </label>
      ) : null}
    </details>
  );
}
