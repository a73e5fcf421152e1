import type { EntityKind } from "@/lib/model/schema";

export interface Selection {
  meetings: string[];
  entities: string[];
}

export type HoverTarget = { kind: "meeting" | "entity"; id: string } | null;

/** Inclusive ISO dates. */
export interface TimeWindow {
  start: string;
  end: string;
}

export interface Filters {
  hiddenSubjectAreas: string[];
  hiddenOutcomeKinds: string[];
  hiddenEntityKinds: EntityKind[];
  /** Hide what the app inferred (presidencies, subjects) and keep what the sources state. */
  statedOnly: boolean;
}

export type ViewMode = "graph" | "list";

/** The part of the state a URL can carry; everything else is session state. */
export interface ShareableState {
  selection: Selection;
  timeWindow: TimeWindow | null;
  filters: Filters;
  viewMode: ViewMode;
  /** The year the timeline should bring into view (year picker, `?year=`); null: the default view. */
  focusYear: number | null;
}

/** UI state only: the dataset it is about stays outside the store (ExplorerStoreProvider). */
export interface ExplorerState extends ShareableState {
  hover: HoverTarget;
  /** A message for the user that is not an error of theirs, e.g. an unknown id in a link. */
  notice: string | null;
}

export interface SelectOptions {
  /** Add to (or remove from) the selection instead of replacing it: Ctrl/Cmd-click. */
  additive?: boolean;
}

export interface ExplorerActions {
  selectMeeting(id: string, options?: SelectOptions): void;
  selectEntity(id: string, options?: SelectOptions): void;
  clearSelection(): void;
  setHover(target: HoverTarget): void;
  setTimeWindow(window: TimeWindow | null): void;
  toggleSubjectArea(id: string): void;
  toggleOutcomeKind(kind: string): void;
  toggleEntityKind(kind: EntityKind): void;
  setStatedOnly(statedOnly: boolean): void;
  setViewMode(mode: ViewMode): void;
  setNotice(notice: string | null): void;
  setFocusYear(year: number | null): void;
  /** Replace everything a URL carries at once, so both views repaint once. */
  applyShareable(state: ShareableState): void;
}

export type ExplorerStore = ExplorerState & ExplorerActions;

export const emptyFilters: Filters = {
  hiddenSubjectAreas: [],
  hiddenOutcomeKinds: [],
  hiddenEntityKinds: [],
  statedOnly: false,
};

export const emptySelection: Selection = { meetings: [], entities: [] };
