"use client";

import { useState } from "react";
import type { Story } from "@/lib/stories/storySchema";
import ui from "@/components/dialog/Dialog.module.css";
import styles from "./Stories.module.css";

interface StoryRowProps {
  story: Story;
  /** A saved story's last change; built-in ones have none. */
  savedAt?: string;
  link: string;
  onStart(story: Story, present: boolean): void;
  onEdit?(): void;
  onExport?(): void;
  onDelete?(): void;
}

/** One story in a list: start it, present it, and for one's own, edit, export, link or delete it. */
export function StoryRow({ story, savedAt, link, onStart, onEdit, onExport, onDelete }: StoryRowProps) {
  const [linkShown, setLinkShown] = useState(false);
  const [copied, setCopied] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const steps = `${story.steps.length} ${story.steps.length === 1 ? "step" : "steps"}`;
  const copy = () => {
    setLinkShown(true);
    navigator.clipboard?.writeText(link).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <li className={styles.row} aria-label={story.title}>
      <span className={styles.rowTitle}>
        {story.title}
        <span className={styles.rowMeta}>
          {steps}
          {story.author ? ` · ${story.author}` : ""}
          {savedAt ? ` · saved ${new Date(savedAt).toLocaleString()}` : ""}
        </span>
      </span>
      <span className={ui.actions}>
        <button type="button" className={`${ui.button} ${ui.primary}`} onClick={() => onStart(story, false)} aria-label={`Start “${story.title}”`}>
          Start
        </button>
        <button type="button" className={ui.button} onClick={() => onStart(story, true)} aria-label={`Present “${story.title}”`}>
          Present
        </button>
        <button type="button" className={ui.button} onClick={copy} aria-label={`Copy link to “${story.title}”`}>
          {copied ? "Link copied" : "Copy link"}
        </button>
        {onEdit ? (
          <button type="button" className={ui.button} onClick={onEdit} aria-label={`Edit “${story.title}”`}>
            Edit
          </button>
        ) : null}
        {onExport ? (
          <button type="button" className={ui.button} onClick={onExport} aria-label={`Export “${story.title}” as a file`}>
            Export file
          </button>
        ) : null}
        {onDelete ? (
          confirmDelete ? (
            <button type="button" className={ui.button} onClick={onDelete} aria-label={`Delete “${story.title}” for good`}>
              Delete for good
            </button>
          ) : (
            <button type="button" className={ui.button} onClick={() => setConfirmDelete(true)} aria-label={`Delete “${story.title}”`}>
              Delete
            </button>
          )
        ) : null}
      </span>
      {linkShown ? (
        <label className={ui.fieldLabel} style={{ flexBasis: "100%" }}>
          Link to this story
          <input className={`${ui.field} ${ui.linkField}`} readOnly value={link} aria-label={`Link to “${story.title}”`} onFocus={(event) => event.currentTarget.select()} />
        </label>
      ) : null}
    </li>
  );
}
