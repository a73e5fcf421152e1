import { describe, expect, it } from "vitest";
import { placePopover } from "./popoverPlacement";

const inside = (placement: ReturnType<typeof placePopover>, size: { width: number; height: number }, viewport: { width: number; height: number }) => {
  const width = Math.min(size.width, viewport.width - 16);
  const height = Math.min(size.height, placement.maxHeight);
  return placement.left >= 0 && placement.top >= 0 && placement.left + width <= viewport.width && placement.top + height <= viewport.height;
};

describe("placePopover", () => {
  it("opens below a header control, its right edge under the control's", () => {
    const placement = placePopover({ left: 1100, top: 20, width: 120, height: 36 }, { width: 640, height: 400 }, { width: 1280, height: 720 });
    expect(placement).toEqual({ left: 580, top: 62, maxHeight: 650, side: "below" });
  });

  it("slides right when lining up with a control near the left edge would leave the viewport", () => {
    const placement = placePopover({ left: 40, top: 20, width: 100, height: 36 }, { width: 640, height: 300 }, { width: 1280, height: 720 });
    expect(placement.left).toBe(8);
  });

  it("narrows to the viewport on a phone and stays inside it", () => {
    const viewport = { width: 360, height: 640 };
    const size = { width: 640, height: 900 };
    const placement = placePopover({ left: 250, top: 60, width: 100, height: 44 }, size, viewport);
    expect(placement.left).toBe(8);
    expect(inside(placement, size, viewport)).toBe(true);
    expect(placement.maxHeight).toBe(640 - 8 - (60 + 44 + 6));
  });

  it("flips above a control low in the viewport when there is more room there", () => {
    const placement = placePopover({ left: 600, top: 600, width: 100, height: 40 }, { width: 300, height: 300 }, { width: 1280, height: 720 });
    expect(placement.side).toBe("above");
    expect(placement.top).toBe(600 - 6 - 300);
  });

  it("keeps any anchor and size inside viewports from 360 to 2560 px wide", () => {
    for (const width of [360, 390, 768, 1280, 1920, 2560]) {
      for (const anchorLeft of [0, width / 2, width - 60]) {
        const viewport = { width, height: 700 };
        const size = { width: 640, height: 520 };
        const placement = placePopover({ left: anchorLeft, top: 10, width: 60, height: 40 }, size, viewport);
        expect(inside(placement, size, viewport), `${width}px, anchor at ${anchorLeft}`).toBe(true);
      }
    }
  });
});
