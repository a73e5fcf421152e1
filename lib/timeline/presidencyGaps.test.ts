import { describe, expect, it } from "vitest";
import { dayOfIso } from "./dates";
import { gapTexts, presidencyGaps } from "./presidencyGaps";

// 2003's twelve presidencies, as data/presidencies.json has them (which states does not matter here).
const year2003 = Array.from({ length: 12 }, (_, i) => ({ month: `2003-${String(i + 1).padStart(2, "0")}`, entityId: "state:FRA" }));
const measure = (text: string) => text.length * 7;

describe("presidency gaps", () => {
  it("finds none over the year the data covers", () => {
    expect(presidencyGaps(year2003, { startDay: dayOfIso("2003-01-01"), pxPerDay: 2, width: 730 }, measure)).toEqual([]);
  });

  it("says over a year outside it, in the longest text that fits, that the data has no presidency", () => {
    const [gap, ...rest] = presidencyGaps(year2003, { startDay: dayOfIso("1990-01-01"), pxPerDay: 2, width: 730 }, measure);
    expect(rest).toEqual([]);
    expect(gap).toEqual({ left: 0, right: 730, text: gapTexts[0] });
  });

  it("ends a gap where the recorded months begin, and starts another after them", () => {
    // From 1 December 2002, 2 px a day: December is a gap of 62 px, then 2003, then January 2004 from 792 px.
    const gaps = presidencyGaps(year2003, { startDay: dayOfIso("2002-12-01"), pxPerDay: 2, width: 850 }, measure);
    expect(gaps.map(({ left, right }) => [left, right])).toEqual([[0, 62], [792, 850]]);
    // 62 and 58 px, less 12 of padding: too narrow for even the shortest text (105 px).
    expect(gaps.map((gap) => gap.text)).toEqual(["", ""]);
  });

  it("treats a month missing inside the covered year as a gap of its own", () => {
    const withoutMarch = year2003.filter((presidency) => presidency.month !== "2003-03");
    const gaps = presidencyGaps(withoutMarch, { startDay: dayOfIso("2003-01-01"), pxPerDay: 10, width: 3650 }, measure);
    expect(gaps).toHaveLength(1);
    expect(gaps[0]!.left).toBe((31 + 28) * 10);
    expect(gaps[0]!.right).toBe((31 + 28 + 31) * 10);
  });

  it("spans decades in two runs either side of 2003, as in the every-year view zoomed out", () => {
    const startDay = dayOfIso("1946-01-01");
    const gaps = presidencyGaps(year2003, { startDay, pxPerDay: 0.05, width: (dayOfIso("2023-01-01") - startDay) * 0.05 }, measure);
    expect(gaps).toHaveLength(2);
    expect(gaps[0]!.right).toBeCloseTo((dayOfIso("2003-01-01") - startDay) * 0.05);
    expect(gaps.every((gap) => gap.text === gapTexts[0])).toBe(true);
  });
});
