import { describe, expect, it } from "vitest";
import { presentationGraphTextTheme, presentationTextPxFor, presentationTimelineTheme, timelineTheme } from "./theme";

describe("presentation type", () => {
  it("is 24 px at 1920 × 1080 and above", () => {
    expect(presentationTextPxFor(1920, 1080)).toBe(24);
    expect(presentationTextPxFor(3840, 2160)).toBe(24);
  });

  it("keeps its share of the screen on smaller projectors, never under 16 px", () => {
    expect(presentationTextPxFor(1600, 900)).toBe(20);
    expect(presentationTextPxFor(1280, 720)).toBe(16);
    expect(presentationTextPxFor(1024, 768)).toBe(16);
    expect(presentationTextPxFor(640, 480)).toBe(16);
  });

  it("gives the canvases fonts of that size, larger marks and black ink", () => {
    const theme = presentationTimelineTheme(24);
    expect(theme).toMatchObject({ textPx: 24, labelFont: expect.stringMatching(/^600 24px /), ink: "#000000" });
    expect(theme.markScale).toBeCloseTo(1.8);
    expect(theme.laneFill).not.toEqual(timelineTheme.laneFill);
    expect(presentationTimelineTheme(24)).toBe(theme);
    expect(presentationGraphTextTheme(16)).toMatchObject({ labelPx: 16, label: "#000000" });
  });
});
