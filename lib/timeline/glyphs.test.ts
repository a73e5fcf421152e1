import { describe, expect, it } from "vitest";
import { outcomeClasses } from "@/lib/model/outcomeClass";
import { glyphForOutcome, glyphPath } from "./glyphs";

describe("outcome glyphs", () => {
  it("gives every outcome class its own shape, so colour is never the only difference", () => {
    const shapes = outcomeClasses.map((outcome) => glyphForOutcome[outcome].shape);
    expect(new Set(shapes).size).toBe(outcomeClasses.length);
  });

  it("draws each shape inside its size box", () => {
    for (const outcome of outcomeClasses) {
      const path = glyphPath(glyphForOutcome[outcome].shape, 12);
      const numbers = path.match(/-?\d+(\.\d+)?/g)!.map(Number);
      expect(path.startsWith("M")).toBe(true);
      for (const value of numbers) expect(Math.abs(value)).toBeLessThanOrEqual(6);
    }
    expect(glyphPath("diamond", 10)).toBe("M0,-5L5,0L0,5L-5,0Z");
  });
});
