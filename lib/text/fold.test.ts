import { describe, expect, it } from "vitest";
import { foldKeepingLength, foldText } from "./fold";

describe("text folding", () => {
  it("makes accents, case, curly quotes, dashes and spacing not matter", () => {
    expect(foldText("  Côte d’Ivoire ")).toBe("cote d'ivoire");
    expect(foldText("Guinea‑Bissau")).toBe("guinea-bissau");
    expect(foldText("Organization  for\nSecurity")).toBe("organization for security");
  });

  it("keeps the length when offsets must still point into the original", () => {
    const topic = "The situation in Côte d'Ivoire";
    expect(foldKeepingLength(topic)).toHaveLength(topic.length);
    expect(foldKeepingLength(topic)).toBe("The situation in Cote d'Ivoire");
  });
});
