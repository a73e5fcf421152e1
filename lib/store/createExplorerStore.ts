import { createStore } from "zustand/vanilla";
import { subscribeWithSelector } from "zustand/middleware";
import { changedValues } from "./keepUnchanged";
import { createStorySlice } from "./storySlice";
import { emptyFilters, emptySelection, type ExplorerStore, type Selection, type SelectOptions, type ShareableState } from "./types";

function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((entry) => entry !== value) : [...list, value];
}

function nextSelection(current: readonly string[], id: string, options: SelectOptions | undefined): string[] {
  if (options?.additive) return toggled(current, id);
  // Clicking the only selected item again deselects it, as in most list UIs.
  if (current.length === 1 && current[0] === id) return [];
  return [id];
}

/**
 * One store per mounted explorer (zustand's Next.js guidance), holding UI state only:
 * the dataset stays beside it (ExplorerStoreProvider), read-only. `subscribeWithSelector`
 * lets the imperative canvas/d3 code listen to one slice without re-rendering React.
 */
export function createExplorerStore(initial?: Partial<ShareableState>) {
  return createStore<ExplorerStore>()(
    subscribeWithSelector((set) => ({
      selection: initial?.selection ?? emptySelection,
      timeWindow: initial?.timeWindow ?? null,
      filters: initial?.filters ?? emptyFilters,
      viewMode: initial?.viewMode ?? "graph",
      focusYear: initial?.focusYear ?? null,
      story: initial?.story ?? null,
      graphView: initial?.graphView ?? null,
      hover: null,
      notice: null,
      storyContent: null,
      presenting: false,

      selectMeeting: (id, options) =>
        set((state) => {
          const selection: Selection = {
            meetings: nextSelection(state.selection.meetings, id, options),
            entities: options?.additive ? state.selection.entities : [],
          };
          return { selection };
        }),
      selectEntity: (id, options) =>
        set((state) => {
          const selection: Selection = {
            meetings: options?.additive ? state.selection.meetings : [],
            entities: nextSelection(state.selection.entities, id, options),
          };
          return { selection };
        }),
      clearSelection: () => set({ selection: emptySelection }),
      setHover: (hover) => set({ hover }),
      setTimeWindow: (timeWindow) => set({ timeWindow }),
      toggleSubjectArea: (id) =>
        set((state) => ({ filters: { ...state.filters, hiddenSubjectAreas: toggled(state.filters.hiddenSubjectAreas, id) } })),
      toggleOutcomeKind: (kind) =>
        set((state) => ({ filters: { ...state.filters, hiddenOutcomeKinds: toggled(state.filters.hiddenOutcomeKinds, kind) } })),
      toggleEntityKind: (kind) =>
        set((state) => ({ filters: { ...state.filters, hiddenEntityKinds: toggled(state.filters.hiddenEntityKinds, kind) } })),
      setStatedOnly: (statedOnly) => set((state) => ({ filters: { ...state.filters, statedOnly } })),
      setViewMode: (viewMode) => set({ viewMode }),
      setNotice: (notice) => set({ notice }),
      setFocusYear: (focusYear) => set({ focusYear }),
      setGraphView: (graphView) => set((state) => changedValues(state, { graphView }) ?? state),
      // Returning the state itself tells zustand nothing changed: no listener runs.
      applyShareable: (shareable) => set((state) => changedValues(state, shareable) ?? state),
      ...createStorySlice(set),
    })),
  );
}

export type ExplorerStoreApi = ReturnType<typeof createExplorerStore>;
