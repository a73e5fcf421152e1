"use client";

import { useEffect, useMemo, useRef } from "react";
import { QrCode } from "@/components/export/QrCode";
import { goToStep, type StepDefaults } from "@/components/stories/storyNavigation";
import { useDatasetIndex, useExplorer, useExplorerStoreApi } from "@/lib/store/ExplorerStoreProvider";
import { selectStoryContent, selectStoryPosition, shareableOf } from "@/lib/store/selectors";
import { followAlongSearch } from "@/lib/stories/followLink";
import { clickerKeys, presentationCommandFor, stepAfter, type PresentationCommand } from "@/lib/stories/storySteps";
import { usePresentationTextPx } from "@/components/hooks/usePresentationTextPx";
import { exitFullScreen, requestFullScreen } from "./fullScreen";
import { useFittedType } from "./useFittedType";
import styles from "./Presentation.module.css";

interface PresentationModeProps {
  defaults: StepDefaults;
  scope: { allYears: boolean; focusYear: number | null };
}

const typingTarget = "input, textarea, select, [contenteditable='true'], [role=combobox]";


/**
 * Presentation mode's panel and keys: the story's caption in large type, the link and QR
 * code students follow, and the step buttons. Keys act with the focus anywhere (a
 * clicker's PageUp and PageDown even in a text field). Loaded when presenting begins.
 */
export default function PresentationMode({ defaults, scope }: PresentationModeProps) {
  const store = useExplorerStoreApi();
  const index = useDatasetIndex();
  const content = useExplorer(selectStoryContent);
  const position = useExplorer(selectStoryPosition);
  const selection = useExplorer((state) => state.selection);
  const timeWindow = useExplorer((state) => state.timeWindow);
  const filters = useExplorer((state) => state.filters);
  /** Set while F takes the page out of full screen, so that is not taken for leaving. */
  const togglingOff = useRef(false);

  const story = content && position?.ref === content.ref ? content : null;
  const count = story?.steps.length ?? 0;
  const step = story ? Math.min(position!.step, count - 1) : 0;
  const caption = story ? (story.steps[step]?.caption ?? "") : "Open a story (Stories) to step through it here.";
  // The caption's type, 1.15 × the room's size, gives way down to the room's size before the caption scrolls.
  const textPx = usePresentationTextPx(true);
  const captionRef = useRef<HTMLParagraphElement>(null);
  useFittedType(captionRef, caption, Math.round(textPx * 1.15), textPx);

  useEffect(() => {
    const leave = () => {
      store.getState().setPresenting(false);
      exitFullScreen();
    };
    const run = (command: PresentationCommand) => {
      const state = store.getState();
      if (command === "leave") return leave();
      if (command === "fullscreen") {
        if (document.fullscreenElement) {
          togglingOff.current = true;
          exitFullScreen();
        } else requestFullScreen();
        return;
      }
      const current = state.storyContent;
      if (!current || !state.story) return;
      const target = stepAfter(command, state.story.step, current.steps.length);
      if (target !== state.story.step) goToStep(store, index, defaults, target, current);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const command = presentationCommandFor(event);
      if (!command) return;
      if ((event.target as Element | null)?.closest?.(typingTarget) && !clickerKeys.includes(event.key)) return;
      // Ahead of every other handler: a focused button must not take Space, the timeline not the arrows.
      event.preventDefault();
      event.stopPropagation();
      run(command);
    };
    // Space activates a focused button on key up; that too belongs to the presentation.
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key === " " && !(event.target as Element | null)?.closest?.(typingTarget)) event.preventDefault();
    };
    // Esc in full screen is the browser's: it leaves full screen and the page never sees the key.
    const onFullScreenChange = () => {
      if (document.fullscreenElement) return;
      if (togglingOff.current) togglingOff.current = false;
      else store.getState().setPresenting(false);
    };
    window.addEventListener("keydown", onKeyDown, true);
    window.addEventListener("keyup", onKeyUp, true);
    document.addEventListener("fullscreenchange", onFullScreenChange);
    return () => {
      window.removeEventListener("keydown", onKeyDown, true);
      window.removeEventListener("keyup", onKeyUp, true);
      document.removeEventListener("fullscreenchange", onFullScreenChange);
    };
  }, [store, index, defaults]);

  const link = useMemo(() => {
    const search = followAlongSearch(shareableOf({ ...store.getState(), selection, timeWindow, filters, story: position }), scope);
    return `${window.location.origin}${window.location.pathname}${search ? `?${search}` : ""}`;
  }, [store, selection, timeWindow, filters, position, scope]);

  const toggleFullScreen = () => {
    if (!document.fullscreenElement) return requestFullScreen();
    togglingOff.current = true;
    exitFullScreen();
  };
  const leave = () => {
    store.getState().setPresenting(false);
    exitFullScreen();
  };
  const go = (command: "next" | "previous") => {
    if (story) goToStep(store, index, defaults, stepAfter(command, step, count), story);
  };
  return (
    <section className={styles.panel} aria-label="Presentation">
      <div className={styles.text} aria-live="polite">
        <p className={styles.heading}>
          {story ? story.title : "The current view"}
          {story ? <span className={styles.step}> · step {step + 1} of {count}</span> : null}
        </p>
        <p ref={captionRef} className={styles.caption}>
          {caption}
        </p>
      </div>
      <div className={styles.follow}>
        <QrCode text={link} size={150} className={styles.qr} />
        <p className={styles.link}>{link.replace(/^https?:\/\//, "")}</p>
      </div>
      <div className={styles.buttons}>
        <button type="button" className={styles.button} onClick={() => go("previous")} disabled={!story || step === 0} aria-label="Previous step">
          Previous
        </button>
        <button type="button" className={`${styles.button} ${styles.primary}`} onClick={() => go("next")} disabled={!story || step === count - 1} aria-label="Next step">
          Next
        </button>
        <button type="button" className={styles.button} onClick={toggleFullScreen}>
          Full screen
        </button>
        <button type="button" className={styles.button} onClick={leave} aria-label="Leave presentation">
          Leave
        </button>
      </div>
    </section>
  );
}
