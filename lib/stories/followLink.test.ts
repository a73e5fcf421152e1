import { describe, expect, it } from "vitest";
import { emptyFilters, type ShareableState } from "@/lib/store/types";
import { followAlongSearch } from "./followLink";

const view: ShareableState = { selection: { meetings: ["4739"], entities: [] }, timeWindow: null, filters: emptyFilters, viewMode: "graph", focusYear: null, story: null, graphView: null };
const scope = { allYears: false, focusYear: null };

describe("the link students follow", () => {
  it("is the view when no story is open", () => {
    expect(followAlongSearch(view, scope)).toBe("m=4739");
  });

  it("is the story at its step, so a student can step on alone", () => {
    expect(followAlongSearch({ ...view, story: { ref: "iraq-2003", step: 2 } }, scope)).toBe("story=iraq-2003&step=3");
  });

  it("falls back to the step's view when the story it carries is too long for a readable QR code", () => {
    expect(followAlongSearch({ ...view, story: { ref: `s1.${"A".repeat(3000)}`, step: 0 } }, scope)).toBe("m=4739");
  });
});
