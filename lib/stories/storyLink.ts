import { readStory, type StoryReading } from "./readStory";
import type { Story } from "./storySchema";

// A story the teacher made lives in their browser; a link carries it whole, so a student
// opens the same story with nothing stored anywhere: "s1." and the story file's JSON in
// base64url (the story key of lib/store/urlState.ts). Built-in stories go by their id.

const embeddedPrefix = "s1.";
/** Longer links are refused: browsers, chat tools and QR codes cope badly beyond this. */
export const maxEmbeddedLength = 12000;

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array | null {
  try {
    const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

export function isEmbeddedStoryRef(ref: string): boolean {
  return ref.startsWith(embeddedPrefix);
}

/** The story's reference for a link: the whole story, encoded. */
export function embeddedStoryRef(story: Story): string {
  return embeddedPrefix + toBase64Url(new TextEncoder().encode(JSON.stringify(story)));
}

/** The story a link carries, or a message saying why it cannot be read. */
export function readEmbeddedStory(ref: string): StoryReading {
  if (!isEmbeddedStoryRef(ref)) return { ok: false, message: "This link does not carry a story." };
  if (ref.length > maxEmbeddedLength) return { ok: false, message: "The story in this link is too long to read." };
  const bytes = fromBase64Url(ref.slice(embeddedPrefix.length));
  if (!bytes) return { ok: false, message: "The story in this link is damaged (it is not base64url)." };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: "The story in this link is damaged (it is not UTF-8 text)." };
  }
  return readStory(text, "The story in this link");
}

/** The query of a link that opens a story at a step (counted from 0 here, from 1 in the link). */
export function storySearch(ref: string, step: number): string {
  const params = new URLSearchParams({ story: ref });
  if (step > 0) params.set("step", String(step + 1));
  return params.toString();
}
