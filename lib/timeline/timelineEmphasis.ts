import { emphasisFlags, type EmphasisFlags } from "./meetingFlags";
import type { TimelineModel } from "./timelineModel";

export interface EmphasisInput {
  selection: { meetings: readonly string[]; entities: readonly string[] };
  /** The meetings the selection lights up (the store's highlight). */
  highlightedMeetings: ReadonlySet<string>;
}

/**
 * What the selection asks of the timeline: per-meeting flags for the canvas and the ids
 * behind them for the accessible layer (aria-pressed, data-highlighted).
 */
export interface TimelineEmphasis extends EmphasisFlags {
  /** Selected meetings in the order they were chosen: the last one anchors keyboard zoom. */
  selected: readonly string[];
  highlighted: ReadonlySet<string>;
  /**
   * "meetingIds|entityIds", the same key the graph's display carries: each view stamps the
   * one it last painted as `data-painted-selection`, so a benchmark sees both caught up.
   */
  selectionKey: string;
}

/** The timeline's answer to the selection, a pure function as the graph's display is. */
export function timelineEmphasis(model: TimelineModel, { selection, highlightedMeetings }: EmphasisInput): TimelineEmphasis {
  const anythingSelected = selection.meetings.length + selection.entities.length > 0;
  return {
    ...emphasisFlags(model, highlightedMeetings, selection.meetings, anythingSelected),
    selected: selection.meetings,
    highlighted: highlightedMeetings,
    selectionKey: `${selection.meetings.join(",")}|${selection.entities.join(",")}`,
  };
}

/** Nothing selected, nothing dimmed: the benchmark page's emphasis. */
export function plainEmphasis(model: TimelineModel): TimelineEmphasis {
  return timelineEmphasis(model, { selection: { meetings: [], entities: [] }, highlightedMeetings: new Set() });
}
