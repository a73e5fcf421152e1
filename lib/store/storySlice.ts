import type { ExplorerActions, ExplorerState } from "./types";

type StoryActions = Pick<ExplorerActions, "setStoryContent" | "closeStory" | "setPresenting">;
type SetState = (partial: Partial<ExplorerState> | ((state: ExplorerState) => Partial<ExplorerState>)) => void;

/**
 * The story and presentation slice. Moving to a step is not an action here: a step is a
 * URL state, decoded against the dataset (which the store does not hold), and applied
 * with `applyShareable` together with the new position, so both views repaint once.
 */
export function createStorySlice(set: SetState): StoryActions {
  return {
    setStoryContent: (storyContent) => set({ storyContent }),
    closeStory: () => set({ story: null, storyContent: null }),
    setPresenting: (presenting) => set({ presenting }),
  };
}
