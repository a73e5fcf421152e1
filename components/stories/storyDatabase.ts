import type { DBSchema } from "idb";
import { openSingleStore } from "@/components/storage/openSingleStore";
import { storySchema, type Story } from "@/lib/stories/storySchema";

// Stories a teacher makes are kept in this browser, in a database of their own (imports
// keep theirs elsewhere): one record per story, keyed by its id.

export interface SavedStory {
  story: Story;
  /** ISO time of the last change. */
  savedAt: string;
}

interface StoriesDb extends DBSchema {
  stories: { key: string; value: SavedStory };
}

export const storiesDatabaseName = "council-explorer-stories";
const database = openSingleStore<StoriesDb>(storiesDatabaseName, "stories", "story.id");

/** Saved stories, most recently changed first; a record that no longer validates is left out, never deleted. */
export async function listSavedStories(): Promise<SavedStory[]> {
  const records = await (await database()).getAll("stories");
  return records.filter((record) => storySchema.safeParse(record.story).success).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

export async function saveStory(story: Story): Promise<SavedStory> {
  const record = { story: storySchema.parse(story), savedAt: new Date().toISOString() };
  await (await database()).put("stories", record);
  return record;
}

export async function deleteSavedStory(id: string): Promise<void> {
  await (await database()).delete("stories", id);
}

/** An id not yet used by a saved story. */
export function newStoryId(): string {
  return `story-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;
}
