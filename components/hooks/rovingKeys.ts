// Which item a key moves to in a one-dimensional list of choices (a listbox, a grid's
// rows, a combobox's options), as the ARIA Authoring Practices describe them. Pure, so
// every list moves the same way and the rules are tested once.

export interface RovingKeyOptions {
  /** Arrow keys that move: Up/Down, Left/Right, or both pairs. */
  axis: "vertical" | "horizontal" | "both";
  /** Home and End go to the first and last item (not in a text field, where they move the caret). */
  homeEnd?: boolean;
  /** PageUp and PageDown move this many items. */
  pageStep?: number;
  /** Past either end, continue from the other; otherwise stop at the end. */
  wrap?: boolean;
}

const forwardKeys = { vertical: ["ArrowDown"], horizontal: ["ArrowRight"], both: ["ArrowDown", "ArrowRight"] } as const;
const backwardKeys = { vertical: ["ArrowUp"], horizontal: ["ArrowLeft"], both: ["ArrowUp", "ArrowLeft"] } as const;

function stepOf(key: string, options: RovingKeyOptions): number | "first" | "last" | null {
  if ((forwardKeys[options.axis] as readonly string[]).includes(key)) return 1;
  if ((backwardKeys[options.axis] as readonly string[]).includes(key)) return -1;
  if (options.homeEnd && key === "Home") return "first";
  if (options.homeEnd && key === "End") return "last";
  if (options.pageStep && key === "PageDown") return options.pageStep;
  if (options.pageStep && key === "PageUp") return -options.pageStep;
  return null;
}

/**
 * The position `key` moves to from `at` in a list of `length` items, or null when the key
 * does not move (not one of the options' keys, or an empty list). `at` below 0 means no
 * item is active yet: forward keys start at the first item, backward keys at the last.
 */
export function rovingTarget(key: string, at: number, length: number, options: RovingKeyOptions): number | null {
  const step = stepOf(key, options);
  if (step === null || length === 0) return null;
  if (step === "first") return 0;
  if (step === "last") return length - 1;
  if (at < 0) return step > 0 ? 0 : length - 1;
  const next = at + step;
  if (options.wrap) return ((next % length) + length) % length;
  return Math.max(0, Math.min(length - 1, next));
}
