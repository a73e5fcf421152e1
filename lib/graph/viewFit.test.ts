import { describe, expect, it } from "vitest";
import { DisplayState } from "./display";
import { fitBounds, nodeBounds, selectionFocus, type Viewport } from "./viewFit";

const viewport: Viewport = { width: 600, height: 400, insets: { top: 0, right: 0, bottom: 0, left: 0 } };
const { normal, highlighted, selected, dimmed } = DisplayState;

/** Nodes at (x, y) with radius 2; a big spread of plain ones and a small cluster that a selection lights. */
function graph() {
  const points: [number, number][] = [[-300, -200], [300, 200], [-300, 200], [300, -200], [100, 50], [104, 52], [102, 56]];
  return { positions: Float32Array.from(points.flat()), radii: new Float32Array(points.length).fill(2) };
}

describe("fitBounds", () => {
  it("centres the box and scales it to the tighter side", () => {
    expect(fitBounds({ x0: 0, y0: 0, x1: 100, y1: 100 }, viewport)).toEqual({ k: 4, x: 100, y: 0 });
  });

  it("keeps clear of the insets and within the zoom limits", () => {
    const inset = { ...viewport, insets: { top: 40, right: 50, bottom: 10, left: 10 } };
    const fit = fitBounds({ x0: -10, y0: -10, x1: 10, y1: 10 }, inset, { maxK: 2 });
    expect(fit).toEqual({ k: 2, x: 10 + 540 / 2, y: 40 + 350 / 2 });
  });
});

describe("selectionFocus", () => {
  const { positions, radii } = graph();
  const all = fitBounds(nodeBounds(positions, radii, () => true)!, viewport);

  it("zooms to a selection crowded into a small area, at most three times the whole graph's fit", () => {
    const nodeState = Uint8Array.from([dimmed, dimmed, dimmed, dimmed, selected, highlighted, highlighted]);
    const focus = selectionFocus({ positions, radii, nodeState, current: all, all, viewport });
    expect(focus?.k).toBeCloseTo(all.k * 3);
    // The cluster's centre (102, 53) lands in the middle of the view.
    expect(102 * focus!.k + focus!.x).toBeCloseTo(300);
    expect(53 * focus!.k + focus!.y).toBeCloseTo(200);
  });

  it("brings an off-screen selection into view", () => {
    const nodeState = Uint8Array.from([selected, highlighted, dimmed, dimmed, dimmed, dimmed, dimmed]);
    const current = { k: all.k * 2, x: 300 - 100 * all.k * 2, y: 200 - 50 * all.k * 2 };
    const focus = selectionFocus({ positions, radii, nodeState, current, all, viewport });
    expect(focus).not.toBeNull();
    for (const i of [0, 1]) {
      expect(positions[i * 2]! * focus!.k + focus!.x).toBeGreaterThanOrEqual(0);
      expect(positions[i * 2]! * focus!.k + focus!.x).toBeLessThanOrEqual(600);
    }
  });

  it("fits what belongs to the selection alone, not the hubs that also took part", () => {
    // Nodes 0 and 1 are highlighted too, but also sat elsewhere: the cluster still gets the zoom.
    const nodeState = Uint8Array.from([highlighted, highlighted, dimmed, dimmed, selected, highlighted, highlighted]);
    const specific = Uint8Array.from([0, 0, 0, 0, 0, 1, 1]);
    expect(selectionFocus({ positions, radii, nodeState, current: all, all, viewport })).toBeNull();
    expect(selectionFocus({ positions, radii, nodeState, specific, current: all, all, viewport })?.k).toBeCloseTo(all.k * 3);
  });

  it("leaves the view alone when the selection is in view and spread out, or when nothing is lit", () => {
    const spread = Uint8Array.from([selected, highlighted, highlighted, highlighted, dimmed, dimmed, dimmed]);
    expect(selectionFocus({ positions, radii, nodeState: spread, current: all, all, viewport })).toBeNull();
    const none = new Uint8Array(7).fill(normal);
    expect(selectionFocus({ positions, radii, nodeState: none, current: all, all, viewport })).toBeNull();
  });
});
