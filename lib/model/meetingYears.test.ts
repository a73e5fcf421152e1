import { describe, expect, it } from "vitest";
import { meetingYears } from "./meetingYears";

describe("meetingYears", () => {
  it("lists each year once, ascending, whatever the meetings' order", () => {
    expect(meetingYears([{ date: "2003-10-14" }, { date: "1948-01-02" }, { date: "2003-01-28" }])).toEqual([1948, 2003]);
  });

  it("adds the years it is given beside the meetings'", () => {
    expect(meetingYears([{ date: "1948-01-02" }], [2003, 1948])).toEqual([1948, 2003]);
  });

  it("is empty for no meetings", () => {
    expect(meetingYears([])).toEqual([]);
  });
});
