import { describe, expect, it } from "vitest";
import { qrSymbol } from "./qrSymbol";

describe("a QR code for a link", () => {
  it("has a version's size and its three finder patterns", () => {
    const symbol = qrSymbol("https://example.org/?story=iraq-2003&step=2");
    expect((symbol.size - 21) % 4).toBe(0);
    // Each finder pattern starts with a run of seven dark modules: top left, top right, bottom left.
    expect(symbol.path.startsWith("M0 0h7v1h-7z")).toBe(true);
    expect(symbol.path).toContain(`M${symbol.size - 7} 0h7v1h-7z`);
    expect(symbol.path).toContain(`M0 ${symbol.size - 7}h7v1h-7z`);
  });

  it("grows with the text it carries", () => {
    expect(qrSymbol("x".repeat(400)).size).toBeGreaterThan(qrSymbol("https://example.org/").size);
  });
});
