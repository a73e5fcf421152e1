import { describe, expect, it } from "vitest";
import { reference2003 } from "./fixtures/resolver2003";
import { presidencyFor, presidencyMonths } from "./presidency";

describe("presidency", () => {
  const months = presidencyMonths(reference2003);

  it("turns the reference's twelve presidencies into months with state ids", () => {
    expect(months).toHaveLength(12);
    expect(months[3]).toEqual({ month: "2003-04", entityId: "state:MEX" });
  });

  it("finds the presidency of a date's month, and none outside the months it knows", () => {
    expect(presidencyFor("2003-10-14", months)).toBe("state:USA");
    expect(presidencyFor("2003-01-01", months)).toBe("state:FRA");
    expect(presidencyFor("2004-01-15", months)).toBeUndefined();
  });
});
