import type { TimelineModel } from "./timelineModel";

/** Which meetings the filters let through, as flags in model order plus a running count. */
export interface VisibilityFlags {
  visible: Uint8Array;
  /** prefix[i] = number of visible meetings before index i; prefix has length n + 1. */
  prefix: Int32Array;
}

export const Emphasis = { none: 0, highlighted: 1, selected: 2 } as const;

/** How strongly each meeting is drawn: a pure function of the selection, like sigma's reducers. */
export interface EmphasisFlags {
  emphasis: Uint8Array;
  /** When anything is selected, meetings without emphasis are dimmed. */
  dimOthers: boolean;
}

export function visibilityFlags(model: TimelineModel, visibleIds: ReadonlySet<string>): VisibilityFlags {
  const n = model.meetings.length;
  const visible = new Uint8Array(n);
  const prefix = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const shown = visibleIds.has(model.meetings[i]!.id) ? 1 : 0;
    visible[i] = shown;
    prefix[i + 1] = prefix[i]! + shown;
  }
  return { visible, prefix };
}

export function emphasisFlags(
  model: TimelineModel,
  highlighted: ReadonlySet<string>,
  selected: readonly string[],
  anythingSelected: boolean,
): EmphasisFlags {
  const emphasis = new Uint8Array(model.meetings.length);
  for (const id of highlighted) {
    const i = model.indexById.get(id);
    if (i !== undefined) emphasis[i] = Emphasis.highlighted;
  }
  for (const id of selected) {
    const i = model.indexById.get(id);
    if (i !== undefined) emphasis[i] = Emphasis.selected;
  }
  return { emphasis, dimOthers: anythingSelected };
}
