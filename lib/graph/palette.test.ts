import { describe, expect, it } from "vitest";
import { edgeStyle } from "./palette";
import { edgeKinds } from "./types";

describe("edge palette", () => {
  it("draws each kind of link in a colour of its own, so the legend tells every one apart", () => {
    const colours = edgeKinds.map((kind) => edgeStyle[kind].color.toLowerCase());
    const shared = colours.filter((colour, index) => colours.indexOf(colour) !== index);
    expect(shared).toEqual([]);
  });

  it("labels each kind differently", () => {
    const labels = edgeKinds.map((kind) => edgeStyle[kind].label);
    expect(new Set(labels).size).toBe(labels.length);
  });
});
