import type { DatasetIndex } from "@/lib/model/dataset";
import type { ShareableState, StoryInPlay } from "@/lib/store/types";
import type { LinkProblem } from "@/lib/store/urlSchema";
import { decodeShareable } from "@/lib/store/urlState";

// Moving through a story, as pure functions: which step a key leads to, and the view a
// step is (its URL state decoded against the dataset, with the story's position).

export type StepCommand = "next" | "previous" | "first" | "last";
export type PresentationCommand = StepCommand | "leave" | "fullscreen";

/** The step a command leads to, within [0, count). */
export function stepAfter(command: StepCommand, step: number, count: number): number {
  if (count <= 0) return 0;
  const target = command === "next" ? step + 1 : command === "previous" ? step - 1 : command === "first" ? 0 : count - 1;
  return Math.min(count - 1, Math.max(0, target));
}

/** A step number from anywhere (a link, a saved position) brought within the story. */
export function clampStep(step: number, count: number): number {
  return Number.isInteger(step) ? Math.min(Math.max(0, count - 1), Math.max(0, step)) : 0;
}

/**
 * What a link that asks for a step past a story's last is told: it opens at the last step,
 * and says so, rather than leave a student on a step the teacher did not mean.
 */
export function stepBeyondStoryNotice(title: string, step: number, count: number): string | null {
  if (!Number.isInteger(step) || step < count || count === 0) return null;
  const steps = count === 1 ? "1 step" : `${count} steps`;
  return `This link asks for step ${step + 1} of “${title}”, which has ${steps}: it opens at the last.`;
}

interface KeyLike {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

/**
 * What a key does in presentation mode. A presentation clicker sends PageUp and PageDown;
 * Space and the arrows are what a presenter's hands find on a keyboard.
 */
export function presentationCommandFor(event: KeyLike): PresentationCommand | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  switch (event.key) {
    case "ArrowRight":
    case "PageDown":
    case " ":
      return "next";
    case "ArrowLeft":
    case "PageUp":
      return "previous";
    case "Home":
      return "first";
    case "End":
      return "last";
    case "Escape":
      return "leave";
    case "f":
    case "F":
      return "fullscreen";
    default:
      return null;
  }
}

/** Keys a clicker sends: they step even while a text field has the focus. */
export const clickerKeys: readonly string[] = ["PageUp", "PageDown"];

interface StepDefaults {
  focusYear: number | null;
  knownYears?: readonly number[];
}

/** The whole view of a step, with the story's position, and what in it the dataset lacks. */
export function stepView(story: StoryInPlay, step: number, index: DatasetIndex, defaults: StepDefaults): { state: ShareableState; problems: LinkProblem[] } {
  const at = clampStep(step, story.steps.length);
  const { state, problems } = decodeShareable(story.steps[at]?.view ?? "", index, defaults);
  return { state: { ...state, story: { ref: story.ref, step: at } }, problems };
}
