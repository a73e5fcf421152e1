import { describe, expect, it } from "vitest";
import { dayOfIso } from "./dates";
import { maxZoomFor, viewOf, visibleIsoRange, windowFromPixels, zoomCentredOn, zoomForRange } from "./zoomMath";

const domain = { startDay: dayOfIso("2003-01-01"), endDay: dayOfIso("2004-01-01") };
const width = 1095;

describe("zoom math", () => {
  it("shows the whole year at the identity transform", () => {
    const view = viewOf(domain, width, { k: 1, x: 0 });
    expect(view.pxPerDay).toBeCloseTo(3);
    expect(visibleIsoRange(view)).toEqual({ start: "2003-01-01", end: "2003-12-31" });
  });

  it("zooms down to a few days and no further", () => {
    expect(maxZoomFor(domain)).toBeCloseTo(365 / 4);
    const zoom = zoomForRange(domain, width, dayOfIso("2003-04-11"), dayOfIso("2003-04-12"));
    const view = viewOf(domain, width, zoom);
    expect(view.endDay - view.startDay).toBeCloseTo(4);
    expect(view.startDay).toBeCloseTo(dayOfIso("2003-04-11") + 0.5 - 2);
  });

  it("finds the transform for a range and reads the same range back", () => {
    const zoom = zoomForRange(domain, width, dayOfIso("2003-04-01"), dayOfIso("2003-05-01"));
    expect(visibleIsoRange(viewOf(domain, width, zoom))).toEqual({ start: "2003-04-01", end: "2003-04-30" });
  });

  it("never pans past the ends of the domain", () => {
    const zoom = zoomForRange(domain, width, dayOfIso("2003-12-20"), dayOfIso("2004-01-19"));
    expect(visibleIsoRange(viewOf(domain, width, zoom)).end).toBe("2003-12-31");
    const centred = zoomCentredOn(domain, width, zoom, dayOfIso("2003-01-02"));
    expect(visibleIsoRange(viewOf(domain, width, centred)).start).toBe("2003-01-01");
  });

  it("turns a brushed pixel range into an inclusive window of ISO dates", () => {
    const view = viewOf(domain, width, { k: 1, x: 0 });
    expect(windowFromPixels(view, 100 * 3 + 1, 90 * 3 + 1)).toEqual({ start: "2003-04-01", end: "2003-04-11" });
  });
});
