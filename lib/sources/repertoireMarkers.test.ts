import { describe, expect, it } from "vitest";
import { findMarkers, isSuperscript, leadingMarker, stripMarkers, withoutMarkers } from "./repertoireMarkers";
import { trim, type Mapped } from "./repertoireText";

// Offsets that are not simply the index, as after collapsed spaces: each character at 10 + 2i.
const mapped = (text: string): Mapped => ({ text, at: [...text].map((_, i) => 10 + 2 * i) });

describe("footnote markers", () => {
  it("removes every marker run and keeps each remaining character's original offset", () => {
    const stripped = stripMarkers(mapped("a draft;¹ the ECOWAS).¹² End"));
    expect(stripped.text).toBe("a draft; the ECOWAS). End");
    expect(stripped.at).toHaveLength(stripped.text.length);
    // "t" of "the" sat at index 10 in the marked text.
    expect(stripped.at[stripped.text.indexOf("the")]).toBe(10 + 2 * 10);
    expect(stripped.at[stripped.text.indexOf(" End")]).toBe(10 + 2 * 24);
  });

  it("gives text without markers back as it is, and text made of markers as empty", () => {
    const plain = mapped("no markers here");
    expect(stripMarkers(plain)).toBe(plain);
    expect(stripMarkers(mapped("¹²³"))).toEqual({ text: "", at: [] });
  });

  it("strips the text alone the same way", () => {
    expect(withoutMarkers("resolution 1470 (2003),³ by which⁴")).toBe("resolution 1470 (2003), by which");
    expect(withoutMarkers("plain")).toBe("plain");
  });

  it("reads markers' numbers and a footnote's leading number", () => {
    expect(findMarkers(mapped("x¹ y¹⁰")).map((marker) => marker.number)).toEqual([1, 10]);
    expect(leadingMarker(mapped("¹⁰  S/2003/54."))).toMatchObject({ number: 10, body: { text: "S/2003/54." } });
    expect(leadingMarker(mapped("S/2003/54."))).toBeNull();
    expect([isSuperscript("⁷"), isSuperscript("7"), isSuperscript(undefined), isSuperscript("¹²")]).toEqual([true, false, false, false]);
  });
});

describe("trim", () => {
  it("returns the same text when there is nothing to trim, and maps what it trims", () => {
    const tidy = mapped("Liberia");
    expect(trim(tidy)).toBe(tidy);
    expect(trim(mapped(" (Liberia), "), " ,()")).toEqual({ text: "Liberia", at: [14, 16, 18, 20, 22, 24, 26] });
  });
});
