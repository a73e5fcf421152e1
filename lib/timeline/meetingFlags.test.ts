import { describe, expect, it } from "vitest";
import { sampleDataset } from "@/lib/model/fixtures/sampleDataset";
import { Emphasis, emphasisFlags, visibilityFlags } from "./meetingFlags";
import { buildTimelineModel } from "./timelineModel";

const model = buildTimelineModel(sampleDataset.meetings, sampleDataset.subjectAreas);
const at = (id: string) => model.indexById.get(id)!;

describe("meeting flags", () => {
  it("marks the meetings the filters let through and counts them cumulatively", () => {
    const { visible, prefix } = visibilityFlags(model, new Set(["4739", "4842"]));
    expect(Array.from(visible)).toEqual([0, 1, 0, 1]);
    expect(Array.from(prefix)).toEqual([0, 0, 1, 1, 2]);
  });

  it("draws selected meetings strongest, highlighted ones next, and dims the rest when anything is selected", () => {
    const flags = emphasisFlags(model, new Set(["4739", "4740"]), ["4739"], true);
    expect(flags.emphasis[at("4739")]).toBe(Emphasis.selected);
    expect(flags.emphasis[at("4740")]).toBe(Emphasis.highlighted);
    expect(flags.emphasis[at("4694")]).toBe(Emphasis.none);
    expect(flags.dimOthers).toBe(true);
    expect(emphasisFlags(model, new Set(), [], false).dimOthers).toBe(false);
  });

  it("ignores ids that are not meetings of this dataset", () => {
    expect(Array.from(emphasisFlags(model, new Set(["org:EU"]), ["nope"], true).emphasis)).toEqual([0, 0, 0, 0]);
  });
});
