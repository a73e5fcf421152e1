"use client";

import { useRef, useState, type ChangeEvent } from "react";
import { downloadBlob, fileNameOf } from "@/components/export/download";
import { useDatasetIndex, useExplorerStoreApi } from "@/lib/store/ExplorerStoreProvider";
import { builtInStories } from "@/lib/stories/builtInStories";
import { readStory } from "@/lib/stories/readStory";
import { storyInPlay, storyRefOf } from "@/lib/stories/resolveStory";
import { storyFormat, storyLimits, storyVersion, type Story } from "@/lib/stories/storySchema";
import { storySearch } from "@/lib/stories/storyLink";
import { currentViewSearch, type ViewScope } from "./currentView";
import { ModalDialog } from "@/components/dialog/ModalDialog";
import { newStoryId } from "./storyDatabase";
import { StoryEditor } from "./StoryEditor";
import { openStory, type StepDefaults } from "./storyNavigation";
import { StoryRow } from "./StoryRow";
import ui from "@/components/dialog/Dialog.module.css";
import styles from "./Stories.module.css";
import { useSavedStories } from "./useSavedStories";

export interface StoriesDialogProps {
  onClose(): void;
  defaults: StepDefaults;
  scope: ViewScope;
}

type Message = { kind: "error" | "info"; text: string } | null;

/** The stories: the built-in ones, those saved in this browser, making and importing one. Loaded when first opened. */
export default function StoriesDialog({ onClose, defaults, scope }: StoriesDialogProps) {
  const store = useExplorerStoreApi();
  const index = useDatasetIndex();
  const saved = useSavedStories();
  const [editingId, setEditingId] = useState<string | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const start = (story: Story, present: boolean) => {
    openStory(store, index, defaults, storyInPlay(story));
    if (present) store.getState().setPresenting(true);
    onClose();
  };
  const preview = (story: Story, step: number) => {
    openStory(store, index, defaults, storyInPlay(story), step);
    onClose();
  };
  const linkOf = (story: Story) => `${window.location.origin}${window.location.pathname}?${storySearch(storyRefOf(story), 0)}`;
  const exportFile = (story: Story) => downloadBlob(new Blob([`${JSON.stringify(story, null, 2)}\n`], { type: "application/json" }), fileNameOf(story.title, "story.json"));

  const newStory = async () => {
    const story: Story = { format: storyFormat, version: storyVersion, id: newStoryId(), title: "New story", author: "", steps: [{ view: currentViewSearch(store.getState(), scope), caption: "" }] };
    await saved.save(story);
    setEditingId(story.id);
    setMessage({ kind: "info", text: "A new story with the current view as its first step. Give it a title and captions; it is saved in this browser as you type." });
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    if (file.size > storyLimits.fileBytes) {
      setMessage({ kind: "error", text: `${file.name} is too large for a story (over ${storyLimits.fileBytes / 1024} KB). Nothing was imported.` });
      return;
    }
    const reading = readStory(await file.text(), file.name);
    if (!reading.ok) {
      setMessage({ kind: "error", text: `${reading.message} Nothing was imported; your saved stories are unchanged.` });
      return;
    }
    // An import never replaces a saved story: one with the same id comes in as a copy.
    const clash = saved.stories?.some((record) => record.story.id === reading.story.id) || builtInStories.some((story) => story.id === reading.story.id);
    const story = clash ? { ...reading.story, id: newStoryId() } : reading.story;
    await saved.save(story);
    setMessage({ kind: "info", text: `Imported “${story.title}” from ${file.name}: ${story.steps.length} ${story.steps.length === 1 ? "step" : "steps"}.` });
  };

  const editing = saved.stories?.find((record) => record.story.id === editingId)?.story;
  return (
    <ModalDialog title={editing ? `Edit “${editing.title}”` : "Stories"} onClose={onClose}>
      {message ? (
        <p className={`${ui.message} ${message.kind === "error" ? ui.error : ""}`} role={message.kind === "error" ? "alert" : "status"}>
          {message.text}
        </p>
      ) : null}
      {saved.error ? (
        <p className={`${ui.message} ${ui.error}`} role="alert">
          {saved.error}
        </p>
      ) : null}
      {editing ? (
        <StoryEditor
          key={editing.id}
          story={editing}
          currentView={() => currentViewSearch(store.getState(), scope)}
          onChange={(story) => void saved.save(story)}
          onPreview={(step) => preview(editing, step)}
          onDone={() => setEditingId(null)}
        />
      ) : (
        <>
          <h3>Built-in stories</h3>
          <ul className={styles.list} aria-label="Built-in stories">
            {builtInStories.map((story) => (
              <StoryRow key={story.id} story={story} onStart={start} link={linkOf(story)} />
            ))}
          </ul>
          <h3>My stories</h3>
          <div className={ui.toolbar}>
            <button type="button" className={`${ui.button} ${ui.primary}`} onClick={() => void newStory()}>
              New story from this view
            </button>
            <label className={`${ui.button} ${ui.fileLabel}`}>
              Import a story file…
              <input ref={fileInput} type="file" accept=".json,application/json" onChange={(event) => void importFile(event)} />
            </label>
          </div>
          {saved.stories === null ? <p className={ui.empty}>Reading the stories saved in this browser…</p> : null}
          {saved.stories?.length === 0 ? <p className={ui.empty}>No story saved in this browser yet.</p> : null}
          <ul className={styles.list} aria-label="My stories">
            {saved.stories?.map(({ story, savedAt }) => (
              <StoryRow
                key={story.id}
                story={story}
                savedAt={savedAt}
                link={linkOf(story)}
                onStart={start}
                onEdit={() => setEditingId(story.id)}
                onExport={() => exportFile(story)}
                onDelete={() => void saved.remove(story.id)}
              />
            ))}
          </ul>
        </>
      )}
    </ModalDialog>
  );
}
