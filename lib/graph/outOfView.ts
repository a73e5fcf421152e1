import { DisplayState } from "./display";
import type { ViewTransform } from "./viewFit";

/**
 * The selected nodes whose centres lie outside a canvas of this size under this transform:
 * a view a link, a story step or the user put somewhere can leave part of a selection out,
 * and the canvas alone cannot say so.
 */
export function selectedOutOfView(positions: Float32Array, nodeState: Uint8Array, transform: ViewTransform, size: { width: number; height: number }): number[] {
  const { k, x, y } = transform;
  const out: number[] = [];
  for (let i = 0; i < nodeState.length; i++) {
    if (nodeState[i] !== DisplayState.selected) continue;
    const screenX = positions[i * 2]! * k + x;
    const screenY = positions[i * 2 + 1]! * k + y;
    if (!(screenX >= 0 && screenX <= size.width && screenY >= 0 && screenY <= size.height)) out.push(i);
  }
  return out;
}

/** Names listed before the rest are counted: the notice stays one or two short lines. */
const namesListed = 3;

/** "Out of view: Bulgaria.", "Out of view: Bulgaria and Malta.", "Out of view: Bulgaria, Malta and 5 more selected." */
export function outOfViewSentence(names: readonly string[]): string {
  if (names.length === 0) return "";
  if (names.length <= namesListed) {
    const listed = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
    return `Out of view: ${listed}.`;
  }
  const shown = names.slice(0, namesListed - 1);
  return `Out of view: ${shown.join(", ")} and ${names.length - shown.length} more selected.`;
}
