import { describe, expect, it } from "vitest";
import { DisplayState } from "./display";
import { outOfViewSentence, selectedOutOfView } from "./outOfView";

const { hidden, dimmed, highlighted, selected } = DisplayState;

describe("selectedOutOfView", () => {
  // Five nodes along a line, 100 layout units apart.
  const positions = new Float32Array([0, 0, 100, 0, 200, 0, 300, 0, 400, 0]);
  const size = { width: 250, height: 100 };

  it("lists the selected nodes whose centres the canvas does not show", () => {
    const state = new Uint8Array([selected, selected, selected, selected, dimmed]);
    // Shifted 20 px right and 50 down: nodes at 20, 120, 220 are in; 320 and 420 are not.
    expect(selectedOutOfView(positions, state, { k: 1, x: 20, y: 50 }, size)).toEqual([3]);
    // Zoomed out by half, everything fits.
    expect(selectedOutOfView(positions, state, { k: 0.5, x: 20, y: 50 }, size)).toEqual([]);
    // Panned up past the top: every selected node is out.
    expect(selectedOutOfView(positions, state, { k: 1, x: 20, y: -1 }, size)).toEqual([0, 1, 2, 3]);
  });

  it("counts only the selection: what it lights, dims or hides is not asked about", () => {
    const state = new Uint8Array([selected, highlighted, dimmed, hidden, selected]);
    expect(selectedOutOfView(positions, state, { k: 1, x: 0, y: 50 }, size)).toEqual([4]);
  });

  it("takes a node on the canvas's edge as in view", () => {
    const state = new Uint8Array([selected, dimmed, dimmed, dimmed, dimmed]);
    expect(selectedOutOfView(positions, state, { k: 1, x: 0, y: 0 }, size)).toEqual([]);
    expect(selectedOutOfView(positions, state, { k: 1, x: -0.5, y: 0 }, size)).toEqual([0]);
  });

  it("takes a node without a position (NaN) as out of view", () => {
    const state = new Uint8Array([selected]);
    expect(selectedOutOfView(new Float32Array([NaN, 0]), state, { k: 1, x: 0, y: 0 }, size)).toEqual([0]);
  });
});

describe("outOfViewSentence", () => {
  it("names up to three, and counts the rest", () => {
    expect(outOfViewSentence([])).toBe("");
    expect(outOfViewSentence(["Bulgaria"])).toBe("Out of view: Bulgaria.");
    expect(outOfViewSentence(["Bulgaria", "Malta"])).toBe("Out of view: Bulgaria and Malta.");
    expect(outOfViewSentence(["Bulgaria", "Malta", "Poland"])).toBe("Out of view: Bulgaria, Malta and Poland.");
    expect(outOfViewSentence(["Bulgaria", "Malta", "Poland", "Romania", "Slovakia"])).toBe("Out of view: Bulgaria, Malta and 3 more selected.");
  });
});
