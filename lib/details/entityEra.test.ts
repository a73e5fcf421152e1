import { describe, expect, it } from "vitest";
import { datedNameText, lifetimeText, yearRuns } from "./entityEra";

const format = (iso: string) => iso;

describe("entity era", () => {
  it("says when an entity existed", () => {
    expect(lifetimeText({ validUntil: "1991-12-24" }, format)).toBe("until 1991-12-24");
    expect(lifetimeText({ validFrom: "1960-06-30" }, format)).toBe("from 1960-06-30");
    expect(lifetimeText({}, format)).toBeUndefined();
  });
  it("dates a name the state bore for a while", () => expect(datedNameText({ name: "Zaire", from: "1971-10-27", until: "1997-05-16" }, format)).toBe("Zaire (1971-10-27 – 1997-05-16)"));
  it("joins Council years into runs", () => {
    expect(yearRuns([1946, 1947, 1948])).toBe("1946–1948");
    expect(yearRuns([1988, 1972, 1973])).toBe("1972–1973, 1988");
  });
});
