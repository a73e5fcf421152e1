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

  it("lists the focus year's meetings in a view of several years, as the timeline counts them, and the time window when one is set", () => {
    const later = sampleDataset.meetings.map((meeting) => ({ ...meeting, id: `${meeting.id}-next`, date: `2004${meeting.date.slice(4)}` }));
    const twoYears = indexDataset({ ...sampleDataset, years: [2003, 2004], meetings: [...sampleDataset.meetings, ...later] });
    const derived = createDerivedSelectors(twoYears);
    const store = createExplorerStore({ focusYear: 2003 });
    expect(derived.selectListedMeetings(store.getState()).map((meeting) => meeting.id)).toEqual(sampleDataset.meetings.map((meeting) => meeting.id));
    expect(derived.selectListWindow(store.getState())).toEqual({ start: "2003-01-01", end: "2003-12-31" });
    store.getState().setFocusYear(2004);
    expect(derived.selectListedMeetings(store.getState())).toHaveLength(later.length);
    store.getState().setTimeWindow({ start: "2003-04-01", end: "2004-04-30" });
    expect(derived.selectListedMeetings(store.getState()).map((meeting) => meeting.id)).toEqual(["4739", "4740", "4842", "4694-next", "4739-next", "4740-next"]);
    // One year loaded: the list is every meeting that passes, whatever the focus year.
    expect(createDerivedSelectors(indexDataset(sampleDataset)).selectListedMeetings(createExplorerStore({ focusYear: 2003 }).getState())).toHaveLength(sampleDataset.meetings.length);
  });
});
