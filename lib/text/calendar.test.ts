import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDate, formatDayMonth, formatMonth, formatWeekdayDate, formatYearSpan, isRealIsoDate, isoFromParts, monthNumberOf } from "./calendar";

describe("calendar dates", () => {
  it("accepts only days that exist", () => {
    expect(isRealIsoDate("2003-04-11")).toBe(true);
    expect(isRealIsoDate("2004-02-29")).toBe(true);
    expect(isRealIsoDate("2003-02-29")).toBe(false);
    expect(isRealIsoDate("2003-02-30")).toBe(false);
    expect(isRealIsoDate("2003-13-45")).toBe(false);
    expect(isRealIsoDate("2003-4-11")).toBe(false);
    expect(isRealIsoDate("2003-04-11x")).toBe(false);
  });

  it("accepts exactly the days that isoFromParts writes back as they were given", () => {
    // The definition isRealIsoDate replaced: a pattern match, then a Date-backed round trip.
    const byRoundTrip = (text: string) => {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
      return !!match && isoFromParts(Number(match[1]), Number(match[2]), Number(match[3])) === text;
    };
    const pad = (value: number, width: number) => String(value).padStart(width, "0");
    const dateLike = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 })).map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
    const nearlyDateLike = fc.tuple(dateLike, fc.nat(9), fc.constantFrom("x", "-", " ", "\n", "١", "")).map(([text, at, char]) => text.slice(0, at) + char + text.slice(at + 1));
    fc.assert(fc.property(fc.oneof(dateLike, nearlyDateLike, fc.string({ maxLength: 12 })), (text) => isRealIsoDate(text) === byRoundTrip(text)), { numRuns: 20_000 });
    for (const text of ["0001-01-01", "0004-02-29", "0100-02-29", "0400-02-29", "1900-02-29", "2000-02-29", "9999-12-31", "0000-01-01"]) expect(isRealIsoDate(text), text).toBe(byRoundTrip(text));
  });

  it("builds ISO dates from parts, refusing impossible ones", () => {
    expect(isoFromParts(2003, 1, 28)).toBe("2003-01-28");
    expect(isoFromParts(2003, 2, 30)).toBeNull();
    expect(isoFromParts(2003, 0, 1)).toBeNull();
  });

  it("knows month names in any case", () => {
    expect(monthNumberOf("january")).toBe(1);
    expect(monthNumberOf("December")).toBe(12);
    expect(monthNumberOf("Janvier")).toBe(0);
  });

  it("writes dates the way UN documents do", () => {
    expect(formatDate("2003-04-11")).toBe("11 April 2003");
    expect(formatDayMonth("2003-04-11")).toBe("11 April");
    expect(formatWeekdayDate("2003-04-11")).toBe("Friday 11 April 2003");
    expect(formatWeekdayDate("2003-01-01")).toBe("Wednesday 1 January 2003");
    expect(formatDate("2020-05-02")).toBe("2 May 2020");
    expect(formatMonth("2003-04")).toBe("April 2003");
  });

  it("writes a span of years from its first to its last", () => {
    expect(formatYearSpan([1946, 1947, 2022])).toBe("1946–2022");
    expect(formatYearSpan([2022, 1946])).toBe("1946–2022");
    expect(formatYearSpan([2003])).toBe("2003");
    expect(() => formatYearSpan([])).toThrow(/formatYearSpan: no years/);
  });

  it("names the function and the input when a date is malformed", () => {
    expect(() => formatDate("2003-14-99")).toThrow(/formatDate: not an ISO date: "2003-14-99"/);
  });
});
