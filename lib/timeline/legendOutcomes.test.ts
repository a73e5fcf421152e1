import { describe, expect, it } from "vitest";
import { sampleDataset } from "@/lib/model/fixtures/sampleDataset";
import { legendOutcomesOf, legendOutcomesShown } from "./legendOutcomes";
import { visibilityFlags } from "./meetingFlags";
import { buildTimelineModel } from "./timelineModel";

const model = buildTimelineModel(sampleDataset.meetings, sampleDataset.subjectAreas);

describe("timeline legend outcomes", () => {
  it("lists each outcome the meetings have once, in legend order", () => {
    // 4842 a vetoed draft, 4694 a resolution, 4740 a closed meeting (its communiqué), 4739 no outcome.
    expect(legendOutcomesOf(model)).toEqual(["vetoed-draft", "resolution", "communique", "none"]);
  });

  it("keeps to the meetings let through: one meeting, its one outcome", () => {
    expect(legendOutcomesShown(model, visibilityFlags(model, new Set(["4739"])))).toEqual(["none"]);
    expect(legendOutcomesShown(model, visibilityFlags(model, new Set(["4740", "4694"])))).toEqual(["resolution", "communique"]);
  });

  it("keys every loaded outcome when nothing is let through", () => {
    expect(legendOutcomesShown(model, visibilityFlags(model, new Set()))).toEqual(legendOutcomesOf(model));
  });
});
