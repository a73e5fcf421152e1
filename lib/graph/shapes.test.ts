import { describe, expect, it } from "vitest";
import { nodeStyle } from "./palette";
import { addShape, type PathSink } from "./shapes";

function record() {
  const calls: string[] = [];
  const sink: PathSink = {
    moveTo: () => calls.push("moveTo"),
    lineTo: () => calls.push("lineTo"),
    arc: () => calls.push("arc"),
    rect: () => calls.push("rect"),
    closePath: () => calls.push("closePath"),
  };
  return { calls, sink };
}

describe("addShape", () => {
  it.each([
    ["state", ["moveTo", "arc"]],
    ["organization", ["rect"]],
    ["person", ["moveTo", "lineTo", "lineTo", "closePath"]],
    ["group", ["moveTo", "lineTo", "lineTo", "lineTo", "closePath"]],
  ] as const)("draws a %s with its own shape", (kind, expected) => {
    const { calls, sink } = record();
    addShape(sink, nodeStyle[kind].shape, 0, 0, 5);
    expect(calls).toEqual(expected);
  });

  it("gives each entity kind a different shape and colour", () => {
    const kinds = ["state", "organization", "person", "group"] as const;
    expect(new Set(kinds.map((kind) => nodeStyle[kind].shape)).size).toBe(4);
    expect(new Set(kinds.map((kind) => nodeStyle[kind].fill)).size).toBe(4);
  });
});
