import { outcomeClasses, type OutcomeClass } from "@/lib/model/outcomeClass";
import type { VisibilityFlags } from "./meetingFlags";
import type { TimelineModel } from "./timelineModel";

/** The outcome classes among the model's meetings that `counts` lets through, in legend order. */
function outcomesWhere(model: TimelineModel, counts: (index: number) => boolean): OutcomeClass[] {
  const present = new Uint8Array(outcomeClasses.length);
  for (let i = 0; i < model.outcome.length; i++) if (counts(i)) present[model.outcome[i]!] = 1;
  return outcomeClasses.filter((_, index) => present[index] === 1);
}

/** Every outcome the loaded meetings have: the page's legend, a reference that does not change as the user moves. */
export function legendOutcomesOf(model: TimelineModel): OutcomeClass[] {
  return outcomesWhere(model, () => true);
}

/**
 * The outcomes of the meetings the time window and filters let through: a projector's
 * legend, so a story step on one meeting keys one glyph, not seven. Every outcome when
 * nothing is let through, where a key to nothing would leave the reader guessing.
 */
export function legendOutcomesShown(model: TimelineModel, visibility: VisibilityFlags): OutcomeClass[] {
  const shown = outcomesWhere(model, (index) => visibility.visible[index] === 1);
  return shown.length > 0 ? shown : legendOutcomesOf(model);
}
