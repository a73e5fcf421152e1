"use client";

import { useEffect } from "react";
import { useDatasetIndex, useExplorerStoreApi } from "@/lib/store/ExplorerStoreProvider";
import { selectStoryPosition, shareableOf } from "@/lib/store/selectors";
import type { ShareableState } from "@/lib/store/types";
import { encodeShareable } from "@/lib/store/urlState";
import { stepBeyondStoryNotice, stepView } from "@/lib/stories/storySteps";
import { goToStep, type StepDefaults } from "./storyNavigation";

/**
 * Follows the story position the URL carries (a link, Back and Forward): resolves the
 * story it names (loaded only then: the built-in stories and the link reader are not
 * part of the first page load) and shows the step's view when the position is new and
 * the view is not already the step's. Renders nothing.
 */
export default function StoryController({ defaults }: { defaults: StepDefaults }) {
  const store = useExplorerStoreApi();
  const index = useDatasetIndex();

  useEffect(() => {
    let last = "";
    let cancelled = false;
    const follow = async (position: ShareableState["story"]) => {
      if (!position) {
        last = "";
        if (store.getState().storyContent) store.getState().setStoryContent(null);
        return;
      }
      const key = `${position.ref}|${position.step}`;
      if (key === last) return;
      last = key;
      let content = store.getState().storyContent;
      if (content?.ref !== position.ref) {
        const { resolveStoryRef, storyInPlay } = await import("@/lib/stories/resolveStory");
        if (cancelled || store.getState().story !== position) return;
        const reading = resolveStoryRef(position.ref);
        if (!reading.ok) {
          store.getState().closeStory();
          store.getState().setNotice(reading.message);
          return;
        }
        content = storyInPlay(reading.story, position.ref);
        store.getState().setStoryContent(content);
      }
      const target = stepView(content, position.step, index, defaults).state;
      const scope = { allYears: false, focusYear: defaults.focusYear };
      if (target.story!.step !== position.step || encodeShareable(target, scope) !== encodeShareable({ ...shareableOf(store.getState()), story: position }, scope)) {
        goToStep(store, index, defaults, position.step, content);
        const beyond = stepBeyondStoryNotice(content.title, position.step, content.steps.length);
        if (beyond) store.getState().setNotice([beyond, store.getState().notice].filter(Boolean).join(" "));
      }
    };
    const unsubscribe = store.subscribe(selectStoryPosition, (position) => void follow(position), { fireImmediately: true });
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, [store, index, defaults]);

  return null;
}
