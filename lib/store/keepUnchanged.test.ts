import { describe, expect, it } from "vitest";
import { indexDataset } from "@/lib/model/dataset";
import { sampleDataset } from "@/lib/model/fixtures/sampleDataset";
import { createExplorerStore } from "./createExplorerStore";
import { createDerivedSelectors } from "./derivedSelectors";
import { sameData } from "@/lib/model/sameData";
import { changedValues } from "./keepUnchanged";
import { decodeShareable } from "./urlState";

describe("sameData", () => {
  it("compares arrays in order, objects by key, and primitives as Object.is does", () => {
    expect(sameData({ a: [1, "x"], b: null }, { b: null, a: [1, "x"] })).toBe(true);
    expect(sameData([1, 2], [2, 1])).toBe(false);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameData({ a: undefined }, { b: undefined })).toBe(false);
    expect(sameData([], {})).toBe(false);
    expect(sameData(null, {})).toBe(false);
    expect(sameData(NaN, NaN)).toBe(true);
  });
});

describe("changedValues", () => {
  it("keeps only what differs, and says null when nothing does", () => {
    const current = { selection: { meetings: ["4739"], entities: [] }, focusYear: null as number | null };
    expect(changedValues(current, { selection: { meetings: ["4739"], entities: [] }, focusYear: null })).toBeNull();
    expect(changedValues(current, { selection: { meetings: ["4739"], entities: [] }, focusYear: 2003 })).toEqual({ focusYear: 2003 });
  });
});

describe("applyShareable", () => {
  const index = indexDataset(sampleDataset);
  const scope = { allYears: false, focusYear: null, knownYears: [2003] };

  it("leaves the store untouched when a link decodes to the state it already holds: no listener runs, no selector recomputes", () => {
    const store = createExplorerStore();
    const derived = createDerivedSelectors(index);
    const visible = derived.selectVisibleMeetingIds(store.getState());
    const before = store.getState();
    let notified = 0;
    store.subscribe(() => notified++);
    store.getState().applyShareable(decodeShareable("", index, scope).state);
    expect(store.getState()).toBe(before);
    expect(notified).toBe(0);
    expect(derived.selectVisibleMeetingIds(store.getState())).toBe(visible);
  });

  it("replaces what the link changes and keeps the identity of the rest", () => {
    const store = createExplorerStore();
    const filters = store.getState().filters;
    store.getState().applyShareable(decodeShareable("m=4739", index, scope).state);
    expect(store.getState().selection.meetings).toEqual(["4739"]);
    expect(store.getState().filters).toBe(filters);
  });
});
