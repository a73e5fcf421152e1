import { describe, expect, it } from "vitest";
import { availableYears, defaultYear } from "./dataIndex";

describe("the data index the pages read", () => {
  it("opens on a year data/ holds", () => {
    expect(availableYears).toContain(defaultYear);
  });

  it("lists the years in order, so the all-years view's span runs from the first to the last", () => {
    expect([...availableYears].sort((a, b) => a - b)).toEqual(availableYears);
    expect(availableYears.length).toBeGreaterThan(1);
  });
});
