import { describe, expect, it } from "vitest";
import { indexDataset } from "@/lib/model/dataset";
import { sampleDataset } from "@/lib/model/fixtures/sampleDataset";
import { createExplorerStore } from "./createExplorerStore";
import { createDerivedSelectors } from "./derivedSelectors";

describe("derived selectors per store", () => {
  it("keeps each store's cached values while another store is read in between", () => {
    const index = indexDataset(sampleDataset);
    const a = { store: createExplorerStore(), derived: createDerivedSelectors(index) };
    const b = { store: createExplorerStore(), derived: createDerivedSelectors(index) };
    a.store.getState().selectMeeting("4739");
    b.store.getState().selectEntity("org:AU");

    const highlightA = a.derived.selectHighlight(a.store.getState());
    const visibleA = a.derived.selectVisibleMeetings(a.store.getState());
    const highlightB = b.derived.selectHighlight(b.store.getState());
    b.derived.selectVisibleMeetings(b.store.getState());
    // A cache shared between the two stores would have been overwritten by b's reads.
    expect(a.derived.selectHighlight(a.store.getState())).toBe(highlightA);
    expect(a.derived.selectVisibleMeetings(a.store.getState())).toBe(visibleA);
    expect(b.derived.selectHighlight(b.store.getState())).toBe(highlightB);
    expect(highlightA).not.toBe(highlightB);
  });

  it("answers for the dataset it was made with, whatever the other store shows", () => {
    const full = indexDataset(sampleDataset);
    const onlyApril = indexDataset({ ...sampleDataset, meetings: sampleDataset.meetings.filter((meeting) => meeting.date.startsWith("2003-04")) });
    const store = createExplorerStore();
    const state = store.getState();
    // One UI state, two datasets: the state carries no data of its own.
    expect(createDerivedSelectors(full).selectVisibleMeetings(state).length).toBe(sampleDataset.meetings.length);
    expect(createDerivedSelectors(onlyApril).selectVisibleMeetings(state).map((meeting) => meeting.id).sort()).toEqual(["4739", "4740"]);
    expect(Object.keys(state)).not.toContain("index");
  });
});
