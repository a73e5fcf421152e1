import type { ExplorerStoreApi } from "@/lib/store/createExplorerStore";
import type { DatasetIndex } from "@/lib/model/dataset";
import type { StoryInPlay } from "@/lib/store/types";
import { stepView } from "@/lib/stories/storySteps";
import { linkNotice } from "@/lib/store/urlSchema";

/** What a step's view falls back to when it names no year: the explorer's own defaults. */
export interface StepDefaults {
  focusYear: number | null;
  knownYears?: readonly number[];
}

const noticePrefix = "Step ";

/**
 * Show a step of the story in play: its whole view and the new position in one store
 * update, so both views move together. What the view names that the dataset lacks is
 * named in a notice, and the step opens without it.
 */
export function goToStep(store: ExplorerStoreApi, index: DatasetIndex, defaults: StepDefaults, step: number, content = store.getState().storyContent): void {
  if (!content) return;
  const { state, problems } = stepView(content, step, index, defaults);
  store.getState().applyShareable(state);
  const notice = store.getState().notice;
  if (problems.length > 0) {
    // The link's notice, bounded however long the step's view (linkNotice), said of this step.
    const notice = linkNotice(problems)!.replace(/^Part of this link was not used\. /, "");
    store.getState().setNotice(`${noticePrefix}${state.story!.step + 1} of “${content.title}” names something not in the data; the step opens without it. ${notice}`);
  } else if (notice?.startsWith(noticePrefix)) store.getState().setNotice(null);
}

/** Open a story at a step (from 0). */
export function openStory(store: ExplorerStoreApi, index: DatasetIndex, defaults: StepDefaults, content: StoryInPlay, step = 0): void {
  store.getState().setStoryContent(content);
  goToStep(store, index, defaults, step, content);
}
