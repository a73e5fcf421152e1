import { describe, expect, it } from "vitest";
import { indexDataset } from "@/lib/model/dataset";
import { sampleDataset } from "@/lib/model/fixtures/sampleDataset";
import { createExplorerStore } from "./createExplorerStore";
import { selectHighlight, selectVisibleMeetingIds } from "./selectors";

const index = indexDataset(sampleDataset);

describe("selection highlight", () => {
  it("lights the participants of a selected meeting, including on whose behalf they spoke", () => {
    const store = createExplorerStore(index);
    store.getState().selectMeeting("4739");
    const highlight = selectHighlight(store.getState());
    expect([...highlight.entities].sort()).toEqual(["org:AU", "org:EU", "person:kofi-annan", "state:CZE", "state:GRC", "state:MEX"]);
  });

  it("lights the meetings of a selected entity, also where it took part through another", () => {
    const store = createExplorerStore(index);
    store.getState().selectEntity("org:EU");
    expect([...selectHighlight(store.getState()).meetings]).toEqual(["4739"]);
  });

  it("drops inferred links from the highlight when only stated edges are shown", () => {
    const store = createExplorerStore(index);
    store.getState().setStatedOnly(true);
    store.getState().selectMeeting("4739");
    expect(selectHighlight(store.getState()).entities.has("state:MEX")).toBe(false);
  });

  it("returns the same highlight object while nothing it depends on changes", () => {
    const store = createExplorerStore(index);
    store.getState().selectMeeting("4694");
    const first = selectHighlight(store.getState());
    store.getState().setHover({ kind: "meeting", id: "4739" });
    expect(selectHighlight(store.getState())).toBe(first);
  });

  it("clicking the only selected meeting again clears it, and Ctrl-click adds", () => {
    const store = createExplorerStore(index);
    store.getState().selectMeeting("4694");
    store.getState().selectMeeting("4739", { additive: true });
    expect(store.getState().selection.meetings).toEqual(["4694", "4739"]);
    store.getState().selectMeeting("4739");
    store.getState().selectMeeting("4739");
    expect(store.getState().selection.meetings).toEqual([]);
  });
});

describe("visible meetings", () => {
  it("keeps only meetings inside the time window and the subject-area filter", () => {
    const store = createExplorerStore(index);
    store.getState().setTimeWindow({ start: "2003-04-01", end: "2003-04-30" });
    expect([...selectVisibleMeetingIds(store.getState())].sort()).toEqual(["4739", "4740"]);
    store.getState().toggleSubjectArea("iraq");
    expect([...selectVisibleMeetingIds(store.getState())]).toEqual(["4739"]);
  });
});
