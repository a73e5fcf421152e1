import { describe, expect, it } from "vitest";
import { buildGraph } from "@/lib/graph/buildGraph";
import { graphDisplay } from "@/lib/graph/display";
import { sampleDataset } from "@/lib/model/fixtures/sampleDataset";
import { Emphasis } from "./meetingFlags";
import { buildTimelineModel } from "./timelineModel";
import { plainEmphasis, timelineEmphasis } from "./timelineEmphasis";

const model = buildTimelineModel(sampleDataset.meetings, sampleDataset.subjectAreas);
const at = (id: string) => model.indexById.get(id)!;

describe("timeline emphasis", () => {
  it("selects, highlights and dims from the selection and what it lights up", () => {
    const emphasis = timelineEmphasis(model, { selection: { meetings: ["4739"], entities: [] }, highlightedMeetings: new Set(["4740"]) });
    expect(emphasis.emphasis[at("4739")]).toBe(Emphasis.selected);
    expect(emphasis.emphasis[at("4740")]).toBe(Emphasis.highlighted);
    expect(emphasis.emphasis[at("4694")]).toBe(Emphasis.none);
    expect(emphasis.dimOthers).toBe(true);
    expect(emphasis.selected).toEqual(["4739"]);
    expect([...emphasis.highlighted]).toEqual(["4740"]);
  });

  it("dims the other meetings when only an entity is selected", () => {
    const emphasis = timelineEmphasis(model, { selection: { meetings: [], entities: ["org:AU"] }, highlightedMeetings: new Set(["4739"]) });
    expect(emphasis.dimOthers).toBe(true);
    expect(emphasis.emphasis[at("4739")]).toBe(Emphasis.highlighted);
  });

  it("keys the selection exactly as the graph's display does, so both views' painted stamps can match", () => {
    const selection = { meetings: ["4739", "4740"], entities: ["org:AU"] };
    const graph = buildGraph(sampleDataset);
    const graphKey = graphDisplay(graph, { visibleMeetingIds: null, statedOnly: false, hiddenKinds: [], selection, highlight: { meetings: new Set(), entities: new Set() } }).selectionKey;
    expect(timelineEmphasis(model, { selection, highlightedMeetings: new Set() }).selectionKey).toBe(graphKey);
    expect(graphKey).toBe("4739,4740|org:AU");
  });

  it("shows everything undimmed when nothing is selected", () => {
    const plain = plainEmphasis(model);
    expect(plain.dimOthers).toBe(false);
    expect(Array.from(plain.emphasis)).toEqual([0, 0, 0, 0]);
    expect(plain.selectionKey).toBe("|");
  });
});
