import type { ShareableState } from "@/lib/store/types";
import { encodeShareable } from "@/lib/store/urlState";
import { storySearch } from "./storyLink";

/** A story carried whole in a link longer than this makes a QR code too dense to scan from the back of a room. */
export const maxFollowStoryRef = 1200;

/**
 * The query of the link students follow: the story at its step when there is one (they
 * can then step through it themselves), else the view itself. A long story carried in
 * the link gives way to the view of its step, so the QR code stays readable.
 */
export function followAlongSearch(state: ShareableState, scope: { allYears: boolean; focusYear: number | null }): string {
  if (state.story && state.story.ref.length <= maxFollowStoryRef) return storySearch(state.story.ref, state.story.step);
  return encodeShareable({ ...state, story: null }, scope);
}
