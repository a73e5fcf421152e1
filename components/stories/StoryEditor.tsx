"use client";

import { useState } from "react";
import { storyLimits, type Story } from "@/lib/stories/storySchema";
import ui from "@/components/dialog/Dialog.module.css";
import styles from "./Stories.module.css";

interface StoryEditorProps {
  story: Story;
  /** The view on screen now, as a step's URL state. */
  currentView(): string;
  /** Every change; the caller saves it. */
  onChange(story: Story): void;
  onPreview(step: number): void;
  onDone(): void;
}

function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

/** Make a story: its title and author, and its steps: add the view on screen, caption, reorder, delete, preview. */
export function StoryEditor({ story: saved, currentView, onChange, onPreview, onDone }: StoryEditorProps) {
  // The draft is the truth while editing: saving is asynchronous, and a field fed from
  // the saved copy would lose what was typed in between.
  const [story, setStory] = useState(saved);
  const update = (next: Story) => {
    setStory(next);
    onChange({ ...next, title: next.title.trim() ? next.title : "Untitled story" });
  };
  const setSteps = (steps: Story["steps"]) => update({ ...story, steps });
  const count = story.steps.length;
  return (
    <div>
      <label className={ui.fieldLabel}>
        Title
        <input className={ui.field} value={story.title} maxLength={storyLimits.title} onChange={(event) => update({ ...story, title: event.target.value })} />
      </label>
      <label className={ui.fieldLabel}>
        Author
        <input className={ui.field} value={story.author} maxLength={storyLimits.author} onChange={(event) => update({ ...story, author: event.target.value })} />
      </label>
      <ol className={styles.steps} aria-label="Steps">
        {story.steps.map((step, i) => (
          <li key={i} className={styles.step}>
            <label className={ui.fieldLabel}>
              Caption of step {i + 1}
              <textarea
                className={ui.field}
                rows={2}
                value={step.caption}
                maxLength={storyLimits.caption}
                onChange={(event) => setSteps(story.steps.map((other, j) => (j === i ? { ...other, caption: event.target.value } : other)))}
              />
            </label>
            <p className={styles.stepView}>View: {step.view || "(the whole year, nothing selected)"}</p>
            <span className={ui.actions}>
              <button type="button" className={ui.button} onClick={() => onPreview(i)} aria-label={`Preview step ${i + 1}`}>
                Preview
              </button>
              <button type="button" className={ui.button} disabled={i === 0} onClick={() => setSteps(moved(story.steps, i, i - 1))} aria-label={`Move step ${i + 1} up`}>
                Move up
              </button>
              <button type="button" className={ui.button} disabled={i === count - 1} onClick={() => setSteps(moved(story.steps, i, i + 1))} aria-label={`Move step ${i + 1} down`}>
                Move down
              </button>
              <button type="button" className={ui.button} disabled={count === 1} onClick={() => setSteps(story.steps.filter((_, j) => j !== i))} aria-label={`Delete step ${i + 1}`}>
                Delete
              </button>
            </span>
          </li>
        ))}
      </ol>
      <div className={ui.toolbar}>
        <button type="button" className={`${ui.button} ${ui.primary}`} disabled={count >= storyLimits.steps} onClick={() => setSteps([...story.steps, { view: currentView(), caption: "" }])}>
          Add the current view as a step
        </button>
        <button type="button" className={ui.button} onClick={onDone}>
          Done
        </button>
      </div>
      <p className={ui.empty}>To add another view: close this, change the view (select, brush a time window, filter), then open Stories and Edit again.</p>
    </div>
  );
}
