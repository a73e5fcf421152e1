import { describe, expect, it } from "vitest";
import { dayOfIso } from "./dates";
import type { FrameMark, TimelineFrame } from "./frame";
import { MAX_MARK_BUTTONS } from "./markLayer";
import { timelineStatus } from "./timelineStatus";

const view = { startDay: dayOfIso("2003-01-01"), endDay: dayOfIso("2004-01-01"), pxPerDay: 3, width: 1095 };
const marks = (count: number): FrameMark[] => Array.from({ length: count }, (_, index) => ({ index, lane: 0, x: index, y: 10, size: 11 }));
const frame = (detail: TimelineFrame["detail"], marksInView: number, drawn = marksInView): TimelineFrame => ({ view, lanes: [], detail, marksInView, meetingsOnDaysInView: marksInView, markSize: 11, marks: marks(drawn), labels: [], bars: [] });

describe("timeline status line", () => {
  it("says which days are in view and how many meetings", () => {
    expect(timelineStatus(frame({ kind: "marks" }, 223))).toBe("1 January 2003 – 31 December 2003: 223 meetings.");
    expect(timelineStatus(frame({ kind: "marks" }, 1))).toBe("1 January 2003 – 31 December 2003: 1 meeting.");
  });

  it("says to zoom in when meetings are counted per month or too many to reach one by one", () => {
    expect(timelineStatus(frame({ kind: "density", unit: "month" }, 12345, 0))).toBe("1 January 2003 – 31 December 2003: 12,345 meetings, counted per month; zoom in to see each.");
    expect(timelineStatus(frame({ kind: "marks" }, MAX_MARK_BUTTONS + 1))).toBe(`1 January 2003 – 31 December 2003: ${MAX_MARK_BUTTONS + 1} meetings; zoom in to reach each.`);
  });

  it("is empty before the first frame", () => {
    expect(timelineStatus(null)).toBe("");
  });
});
