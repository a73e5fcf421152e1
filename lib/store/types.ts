import type { ViewFrame } from "@/lib/graph/viewFrame";
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

/** Where a story stands: which story (a built-in's id, or a whole story carried in a link) and which step, from 0. */
export interface StoryPosition {
  ref: string;
  step: number;
}

/** A story being played, as the store needs it: its steps are URL states (urlState.ts) with a caption. */
export interface StoryInPlay {
  ref: string;
  title: string;
  author: string;
  steps: readonly { view: string; caption: string }[];
}

/** The part of the state a URL can carry; everything else is session state. */
export interface ShareableState {
  selection: Selection;
  timeWindow: TimeWindow | null;
  filters: Filters;
  viewMode: ViewMode;
  /** The year the timeline should bring into view (year picker, `?year=`); null: the default view. */
  focusYear: number | null;
  /** The story and step on screen (`?story=…&step=N`); null outside a story. */
  story: StoryPosition | null;
  /** Where the user put the graph's view (`?gv=x,y,span`, lib/graph/viewFrame); null while the graph frames itself (all of it, or the selection). */
  graphView: ViewFrame | null;
}

/** UI state only: the dataset it is about stays outside the store (ExplorerStoreProvider). */
export interface ExplorerState extends ShareableState {
  hover: HoverTarget;
  /** A message for the user that is not an error of theirs, e.g. an unknown id in a link. */
  notice: string | null;
  /** The story the position names, once resolved (built-in or read from the link); null when none is open. */
  storyContent: StoryInPlay | null;
  /** Presentation mode: page chrome hidden, large type, keys step through the story. */
  presenting: boolean;
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
  /** The graph's view as the user left it, or null to let the graph frame itself again. */
  setGraphView(view: ViewFrame | null): void;
  /** Replace everything a URL carries at once, so both views repaint once. */
  applyShareable(state: ShareableState): void;
  /** A resolved story is on screen (or none): its content, kept beside the position the URL carries. */
  setStoryContent(content: StoryInPlay | null): void;
  /** Leave the story: the view stays as it is. */
  closeStory(): void;
  setPresenting(presenting: boolean): void;
}

export type ExplorerStore = ExplorerState & ExplorerActions;

export const emptyFilters: Filters = {
  hiddenSubjectAreas: [],
  hiddenOutcomeKinds: [],
  hiddenEntityKinds: [],
  statedOnly: false,
};

export const emptySelection: Selection = { meetings: [], entities: [] };
