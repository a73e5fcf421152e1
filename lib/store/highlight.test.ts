import { describe, expect, it } from "vitest";
import { indexDataset } from "@/lib/model/dataset";
import { sampleDataset } from "@/lib/model/fixtures/sampleDataset";
import { createExplorerStore } from "./createExplorerStore";
import { createDerivedSelectors } from "./derivedSelectors";

const index = indexDataset(sampleDataset);
/** A store and its own derived selectors, as ExplorerStoreProvider makes them. */
const explorer = () => ({ store: createExplorerStore(), derived: createDerivedSelectors(index) });

describe("selection highlight", () => {
  it("lights the participants of a selected meeting, including on whose behalf they spoke", () => {
    const { store, derived } = explorer();
    store.getState().selectMeeting("4739");
    const highlight = derived.selectHighlight(store.getState());
    expect([...highlight.entities].sort()).toEqual(["org:AU", "org:EU", "person:kofi-annan", "state:CZE", "state:GRC", "state:MEX"]);
  });

  it("lights the meetings of a selected entity, also where it took part through another", () => {
    const { store, derived } = explorer();
    store.getState().selectEntity("org:EU");
    expect([...derived.selectHighlightedMeetings(store.getState())]).toEqual(["4739"]);
  });

  it("drops inferred links from the highlight when only stated edges are shown", () => {
    const { store, derived } = explorer();
    store.getState().setStatedOnly(true);
    store.getState().selectMeeting("4739");
    expect(derived.selectHighlight(store.getState()).entities.has("state:MEX")).toBe(false);
  });

  it("returns the same highlight object while nothing it depends on changes", () => {
    const { store, derived } = explorer();
    store.getState().selectMeeting("4694");
    const first = derived.selectHighlight(store.getState());
    store.getState().setHover({ kind: "meeting", id: "4739" });
    expect(derived.selectHighlight(store.getState())).toBe(first);
  });

  it("clicking the only selected meeting again clears it, and Ctrl-click adds", () => {
    const { store } = explorer();
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
    const { store, derived } = explorer();
    store.getState().setTimeWindow({ start: "2003-04-01", end: "2003-04-30" });
    expect([...derived.selectVisibleMeetingIds(store.getState())].sort()).toEqual(["4739", "4740"]);
    store.getState().toggleSubjectArea("iraq");
    expect([...derived.selectVisibleMeetingIds(store.getState())]).toEqual(["4739"]);
    expect(derived.selectVisibleMeetings(store.getState()).map((meeting) => meeting.id)).toEqual(["4739"]);
  });
});
