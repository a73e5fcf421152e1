import { DisplayState, type GraphDisplay } from "@/lib/graph/display";
import { placeLabels, type LabelCandidate, type PlacedLabel } from "@/lib/graph/labels";
import { screenRadius } from "@/lib/graph/nodeSize";
import type { Scene } from "@/lib/graph/scene";

export const labelFontSize = 13;
export const labelFont = `500 ${labelFontSize}px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif`;
/** Labels are placed again when the zoom has changed by more than this factor. */
const zoomStep = 1.08;
const maxCandidates = 1500;
const maxLabels = 300;

/**
 * Label placement for the current positions, display and zoom, recomputed only when one
 * of them changes (the zoom by more than 8%): between, labels keep their offsets and
 * follow their nodes. Text widths are measured once per node.
 */
export class LabelCache {
  private labels: PlacedLabel[] = [];
  private key = { positions: -1, display: -1, k: 0 };
  private readonly widths: Float32Array;

  constructor(
    private readonly scene: Scene,
    private readonly ctx: CanvasRenderingContext2D,
  ) {
    this.widths = new Float32Array(scene.nodeCount).fill(-1);
  }

  private width(index: number) {
    let width = this.widths[index]!;
    if (width < 0) {
      width = this.ctx.measureText(this.scene.graph.nodes[index]!.label).width;
      this.widths[index] = width;
    }
    return width;
  }

  get(positions: Float32Array, positionsVersion: number, display: GraphDisplay, displayVersion: number, k: number): readonly PlacedLabel[] {
    const { key } = this;
    const zoomed = k > key.k * zoomStep || k < key.k / zoomStep;
    if (!zoomed && key.positions === positionsVersion && key.display === displayVersion) return this.labels;
    this.ctx.font = labelFont;
    // With a selection, only what it lights up is named.
    const minimum = display.hasSelection ? DisplayState.highlighted : DisplayState.normal;
    const candidates: LabelCandidate[] = [];
    for (const index of this.scene.labelOrder) {
      if (candidates.length >= maxCandidates) break;
      const state = display.nodeState[index]!;
      // Meetings are named only when zoomed in far enough to read them.
      if (state < minimum || (k < 2 && this.scene.graph.nodes[index]!.kind === "meeting")) continue;
      const radius = screenRadius(this.scene.radii[index]!, k);
      candidates.push({ index, x: positions[index * 2]! * k, y: positions[index * 2 + 1]! * k, radius, width: this.width(index) });
    }
    this.labels = placeLabels(candidates, { height: labelFontSize + 2, maxLabels });
    this.key = { positions: positionsVersion, display: displayVersion, k };
    return this.labels;
  }
}
