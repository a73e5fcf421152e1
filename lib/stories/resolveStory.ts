import type { StoryInPlay } from "@/lib/store/types";
import { findBuiltInStory } from "./builtInStories";
import type { StoryReading } from "./readStory";
import type { Story } from "./storySchema";
import { embeddedStoryRef, isEmbeddedStoryRef, readEmbeddedStory } from "./storyLink";

/** The story a link's `story` names: a built-in by id, or one the link carries whole. */
export function resolveStoryRef(ref: string): StoryReading {
  if (isEmbeddedStoryRef(ref)) return readEmbeddedStory(ref);
  const story = findBuiltInStory(ref);
  return story ? { ok: true, story } : { ok: false, message: `This link names a story the app does not have: "${ref.slice(0, 64)}". The view is as it was.` };
}

/** How a story is named in a link: a built-in by its id, any other carried whole. */
export function storyRefOf(story: Story): string {
  return findBuiltInStory(story.id) === story ? story.id : embeddedStoryRef(story);
}

/** A story as the store plays it. */
export function storyInPlay(story: Story, ref = storyRefOf(story)): StoryInPlay {
  return { ref, title: story.title, author: story.author, steps: story.steps };
}
