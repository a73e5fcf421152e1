"use client";

import { lazy, Suspense, useState } from "react";
import { useExplorer } from "@/lib/store/ExplorerStoreProvider";
import { selectPresenting, selectStoryContent, selectStoryPosition } from "@/lib/store/selectors";
import { useClassroomScope } from "./useClassroomScope";

const StoryBar = lazy(() => import("@/components/stories/StoryBar"));
const PresentationMode = lazy(() => import("@/components/presentation/PresentationMode"));
const StoryController = lazy(() => import("@/components/stories/StoryController"));

/** The story bar (a story open, not presenting) or presentation mode's panel, each loaded when first needed. */
export function ClassroomPanels({ defaultYear, placement }: { defaultYear: number; placement: "top" | "bottom" }) {
  const { defaults, scope } = useClassroomScope(defaultYear);
  const presenting = useExplorer(selectPresenting);
  const storyOpen = useExplorer(selectStoryContent) !== null;
  const panel = placement === "top" ? (presenting || !storyOpen ? null : <StoryBar defaults={defaults} />) : presenting ? <PresentationMode defaults={defaults} scope={scope} /> : null;
  return panel ? <Suspense fallback={null}>{panel}</Suspense> : null;
}

/**
 * Follows the story the URL names (renders nothing). Loaded with the first story a link
 * or the Stories dialog opens, and kept from then on, so closing a story is followed too.
 */
export function ClassroomStoryFollower({ defaultYear }: { defaultYear: number }) {
  const { defaults } = useClassroomScope(defaultYear);
  const position = useExplorer(selectStoryPosition);
  const content = useExplorer(selectStoryContent);
  const storyNamed = position !== null || content !== null;
  const [needed, setNeeded] = useState(storyNamed);
  if (storyNamed && !needed) setNeeded(true);
  return needed ? (
    <Suspense fallback={null}>
      <StoryController defaults={defaults} />
    </Suspense>
  ) : null;
}
