import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { groupDigits } from "./groupDigits";

describe("groupDigits", () => {
  it("groups thousands as English does", () => {
    expect(groupDigits(0)).toBe("0");
    expect(groupDigits(223)).toBe("223");
    expect(groupDigits(9079)).toBe("9,079");
    expect(groupDigits(1_234_567)).toBe("1,234,567");
    expect(groupDigits(-1500)).toBe("-1,500");
  });

  it("agrees with toLocaleString('en') on any safe integer", () => {
    fc.assert(fc.property(fc.maxSafeInteger(), (value) => groupDigits(value) === value.toLocaleString("en")));
  });

  it("refuses a fraction rather than round it silently", () => {
    expect(() => groupDigits(1.5)).toThrow(RangeError);
  });
});
