import type { ViewControls } from "./canvasInteractions";
import type { GraphRenderer } from "./GraphRenderer";

/** What the view follows: the whole graph, the selection, or wherever the user put it. */
type ViewMode = "all" | "selection" | "user";

export interface AutoViewOptions {
  /** False under prefers-reduced-motion: the view jumps. */
  animate(): boolean;
  /** A pan, zoom or drag by the user is under way. */
  gesturing(): boolean;
  /** The view moved on its own (to the whole graph, or to the selection). */
  movedItself?(): void;
}

/**
 * Who moves the view, and when. The graph fits the panel while it is laid out and
 * resized, until the user pans, zooms or drags. A new selection whose nodes are out of
 * view or crowded into a corner brings them into view (after the layout has settled,
 * never in the middle of a gesture, never on hover); clearing a selection the view had
 * zoomed to returns to the whole graph, as "Fit graph to view" always does.
 */
export class AutoView {
  private mode: ViewMode = "all";
  private selectionKey = "|";
  private pending = false;
  private settled = false;
  private shownCount = -1;

  constructor(
    private readonly renderer: GraphRenderer,
    private readonly controls: ViewControls,
    private readonly options: AutoViewOptions,
  ) {}

  userMoved() {
    this.mode = "user";
  }

  /** Whether the view is where the user (or a link's frame) put it, rather than following the graph or the selection. */
  get heldByUser(): boolean {
    return this.mode === "user";
  }

  /** A link or a story step put the view where it is: it stays, whatever selection came with it. */
  holdAsPut() {
    this.mode = "user";
    this.pending = false;
  }

  /** The view follows the graph again: the selection when there is one, else all of it. */
  release(animate: boolean) {
    if (this.renderer.hasSelection) {
      const target = this.renderer.selectionFocus(true);
      this.mode = "selection";
      if (target) this.controls.setTransform(target, animate);
      this.options.movedItself?.();
    } else this.fitAll(animate);
  }

  fitAll(animate: boolean) {
    this.mode = "all";
    const fit = this.renderer.fitTransform();
    if (fit) this.controls.setTransform(fit, animate);
    this.options.movedItself?.();
  }

  /** New positions or a new canvas size: keep following what the view follows, without animation. */
  refit() {
    const target = this.mode === "all" ? this.renderer.fitTransform() : this.mode === "selection" ? this.renderer.selectionFocus(true) : null;
    if (target) this.controls.setTransform(target, false);
  }

  layoutProgress(settled: boolean) {
    this.refit();
    this.settled = settled;
    if (settled) this.focusSelection();
  }

  /**
   * The display changed: a different selection is acted on once the layout is at rest;
   * a time window or filter that changes what is shown refits a view that shows it all.
   */
  displayChanged(selectionKey: string, shownCount: number) {
    const shownChanged = this.shownCount >= 0 && shownCount !== this.shownCount;
    this.shownCount = shownCount;
    if (shownChanged && this.mode === "all" && this.settled && !this.options.gesturing()) this.fitAll(this.options.animate());
    if (selectionKey === this.selectionKey) return;
    this.selectionKey = selectionKey;
    this.pending = true;
    this.focusSelection();
  }

  private focusSelection() {
    if (!this.pending || !this.settled) return;
    this.pending = false;
    if (this.options.gesturing()) return;
    if (!this.renderer.hasSelection) {
      if (this.mode === "selection") this.fitAll(this.options.animate());
      return;
    }
    const target = this.renderer.selectionFocus();
    if (!target) return;
    this.mode = "selection";
    this.controls.setTransform(target, this.options.animate());
    this.options.movedItself?.();
  }
}
