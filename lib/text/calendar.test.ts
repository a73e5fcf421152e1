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
