"use client";

import { useDatasetIndex, useExplorer, useExplorerStoreApi } from "@/lib/store/ExplorerStoreProvider";
import { selectStoryContent, selectStoryPosition } from "@/lib/store/selectors";
import { stepAfter, type StepCommand } from "@/lib/stories/storySteps";
import { goToStep, type StepDefaults } from "./storyNavigation";
import ui from "@/components/dialog/Dialog.module.css";
import styles from "./Stories.module.css";

/**
 * The story on screen, outside presentation mode: what a student who followed the link
 * sees, to step through it alone. Loaded when a story first opens.
 */
export default function StoryBar({ defaults }: { defaults: StepDefaults }) {
  const store = useExplorerStoreApi();
  const index = useDatasetIndex();
  const content = useExplorer(selectStoryContent);
  const position = useExplorer(selectStoryPosition);
  if (!content || !position || position.ref !== content.ref) return null;
  const count = content.steps.length;
  const step = Math.min(position.step, count - 1);
  const go = (command: StepCommand) => goToStep(store, index, defaults, stepAfter(command, step, count), content);
  return (
    <section className={styles.bar} aria-label="Story">
      <span className={styles.barTitle}>{content.title}</span>
      <span className={styles.barStep} aria-live="polite">
        Step {step + 1} of {count}
      </span>
      <p className={styles.barCaption}>{content.steps[step]?.caption}</p>
      <span className={ui.actions}>
        <button type="button" className={ui.button} onClick={() => go("previous")} disabled={step === 0}>
          Previous step
        </button>
        <button type="button" className={`${ui.button} ${ui.primary}`} onClick={() => go("next")} disabled={step === count - 1}>
          Next step
        </button>
        <button type="button" className={ui.button} onClick={() => store.getState().setPresenting(true)}>
          Present this story
        </button>
        <button type="button" className={ui.button} onClick={() => store.getState().closeStory()}>
          Close story
        </button>
      </span>
    </section>
  );
}
