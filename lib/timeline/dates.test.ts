import { describe, expect, it } from "vitest";
import { formatMonth } from "@/lib/text/calendar";
import { dayOfIso, dayOfMonthIndex, formatTick, isoOfDay, monthIndexOfDay, monthKeyOfIndex } from "./dates";

describe("timeline dates", () => {
  it("counts whole UTC days and reads them back as the same ISO date", () => {
    expect(dayOfIso("1970-01-02")).toBe(1);
    expect(isoOfDay(dayOfIso("2003-04-11"))).toBe("2003-04-11");
    expect(isoOfDay(dayOfIso("2003-04-11") + 0.99)).toBe("2003-04-11");
  });

  it("rejects text that is not an ISO date, naming the function", () => {
    expect(() => dayOfIso("11 April")).toThrow(/dayOfIso/);
  });

  it("maps days to month indexes and back to the first of the month", () => {
    const april = monthIndexOfDay(dayOfIso("2003-04-30"));
    expect(monthKeyOfIndex(april)).toBe("2003-04");
    expect(isoOfDay(dayOfMonthIndex(april))).toBe("2003-04-01");
    expect(isoOfDay(dayOfMonthIndex(april + 9))).toBe("2004-01-01");
  });

  it("names the month of a density bin", () => {
    expect(formatMonth(monthKeyOfIndex(monthIndexOfDay(dayOfIso("1946-01-17"))))).toBe("January 1946");
  });

  it("labels axis ticks day first, with the year on New Year and the month on the first", () => {
    expect(formatTick(new Date(Date.UTC(2003, 0, 1)))).toBe("2003");
    expect(formatTick(new Date(Date.UTC(2003, 3, 1)))).toBe("April");
    expect(formatTick(new Date(Date.UTC(2003, 5, 8)))).toBe("8 Jun");
    expect(formatTick(new Date(Date.UTC(2003, 5, 8, 12)))).toBe("12:00");
  });
});
