import { describe, expect, it } from "vitest";
import { formatAbReport } from "./abReport";

describe("formatAbReport", () => {
  const report = formatAbReport(
    [
      { name: "before", times: [700, 650, 690, 720] },
      { name: "after", times: [600, 660, 610, 640] },
    ],
    "explorer:interactive",
    "/",
  ).split("\n");

  it("gives each build's median, p95 and every run", () => {
    expect(report[0]).toBe("/, time to explorer:interactive, 4 interleaved runs (ms):");
    expect(report).toContain("| before | 695 | 717 | 700 650 690 720 |");
    expect(report).toContain("| after | 625 | 657 | 600 660 610 640 |");
  });

  it("compares the later build with the first run by run, not as a difference of medians", () => {
    // −100, +10, −80, −80: median −80 (the medians' difference would be −70).
    expect(report.at(-1)).toBe("after − before, run by run: median -80 ms (middle 90%: -97 to -4); faster in 3 of 4 runs");
  });
});
