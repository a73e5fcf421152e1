import type { FrameInput } from "./frame";
import { binMeetings } from "./levelOfDetail";
import type { EmphasisFlags, VisibilityFlags } from "./meetingFlags";
import { createRowPackingCache } from "./packRows";
import type { TimelineModel } from "./timelineModel";

/** The inputs of computeFrame that cost a walk over every meeting to derive. */
export type FrameData = Pick<FrameInput, "visibility" | "rowsFor" | "density">;

/**
 * Keeps the row packings and density bins until what they come from changes: a new
 * visibility (filters, time window) packs rows again, a new emphasis (selection) only
 * recounts the bins' lit share. Zoom and pan frames reuse both.
 */
export function createFrameDataCache(model: TimelineModel): (visibility: VisibilityFlags, emphasis: EmphasisFlags) => FrameData {
  let rows: { visibility: VisibilityFlags; rowsFor: FrameData["rowsFor"] } | null = null;
  let bins: { visibility: VisibilityFlags; emphasis: EmphasisFlags; density: FrameData["density"] } | null = null;
  return (visibility, emphasis) => {
    if (rows?.visibility !== visibility) rows = { visibility, rowsFor: createRowPackingCache(model, visibility.visible) };
    if (bins?.visibility !== visibility || bins.emphasis !== emphasis) {
      bins = { visibility, emphasis, density: { month: binMeetings(model, visibility, emphasis, "month"), year: binMeetings(model, visibility, emphasis, "year") } };
    }
    return { visibility, rowsFor: rows.rowsFor, density: bins.density };
  };
}
