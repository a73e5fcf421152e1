"use client";

import { useCallback, useEffect, useState } from "react";
import type { Story } from "@/lib/stories/storySchema";
import { deleteSavedStory, listSavedStories, saveStory, type SavedStory } from "./storyDatabase";

export interface SavedStories {
  /** null while loading. */
  stories: SavedStory[] | null;
  /** Why the browser's storage could not be used, if it could not (private windows may refuse it). */
  error: string | null;
  save(story: Story): Promise<void>;
  remove(id: string): Promise<void>;
}

/** The stories saved in this browser, kept in step with what this dialog changes. */
export function useSavedStories(): SavedStories {
  const [stories, setStories] = useState<SavedStory[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      setStories(await listSavedStories());
    } catch (failure) {
      setStories([]);
      setError(`This browser would not open its storage for stories: ${(failure as Error).message}`);
    }
  }, []);
  useEffect(() => {
    // Reading IndexedDB is the effect; its answer arrives after this render.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void reload();
  }, [reload]);
  const save = useCallback(
    async (story: Story) => {
      try {
        await saveStory(story);
      } catch (failure) {
        setError(`The story could not be saved: ${(failure as Error).message}`);
      }
      await reload();
    },
    [reload],
  );
  const remove = useCallback(
    async (id: string) => {
      await deleteSavedStory(id);
      await reload();
    },
    [reload],
  );
  return { stories, error, save, remove };
}
