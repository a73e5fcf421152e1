import { describe, expect, it } from "vitest";
import { AutoView } from "./autoView";
import type { ViewControls } from "./canvasInteractions";
import type { GraphRenderer } from "./GraphRenderer";
import type { ViewTransform } from "./drawLayer";

// AutoView against a stand-in renderer: where the whole graph and the selection would be
// framed, and the moves it asks of the controls.

function setup() {
  const all: ViewTransform = { k: 1, x: 0, y: 0 };
  const onSelection: ViewTransform = { k: 3, x: -200, y: -100 };
  const renderer = { hasSelection: false, fitTransform: () => all, selectionFocus: () => onSelection };
  const moves: ViewTransform[] = [];
  const controls = { setTransform: (transform: ViewTransform) => moves.push(transform), scaleBy: () => {}, reveal: () => false, gesturing: () => false } satisfies ViewControls;
  let movedItself = 0;
  const view = new AutoView(renderer as unknown as GraphRenderer, controls, { animate: () => false, gesturing: () => false, movedItself: () => movedItself++ });
  return { view, renderer, moves, all, onSelection, movedItself: () => movedItself };
}

describe("AutoView", () => {
  it("brings a new selection into view once the layout rests, and says it moved on its own", () => {
    const { view, renderer, moves, onSelection, movedItself } = setup();
    view.layoutProgress(true);
    renderer.hasSelection = true;
    view.displayChanged("m:4739", 10);
    expect(moves.at(-1)).toEqual(onSelection);
    expect(view.heldByUser).toBe(false);
    expect(movedItself()).toBe(1);
  });

  it("keeps a view a link put, even with the selection the same link carries", () => {
    const { view, renderer, moves } = setup();
    renderer.hasSelection = true;
    view.displayChanged("m:4739", 10);
    view.holdAsPut();
    view.layoutProgress(true);
    expect(moves).toEqual([]);
    expect(view.heldByUser).toBe(true);
  });

  it("follows the graph again when released: the selection when there is one, else all of it", () => {
    const { view, renderer, moves, all, onSelection, movedItself } = setup();
    view.holdAsPut();
    view.release(false);
    expect(moves.at(-1)).toEqual(all);
    renderer.hasSelection = true;
    view.holdAsPut();
    view.release(false);
    expect(moves.at(-1)).toEqual(onSelection);
    expect(view.heldByUser).toBe(false);
    expect(movedItself()).toBe(2);
  });
});
