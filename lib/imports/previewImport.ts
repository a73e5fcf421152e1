import { sameStatedFact } from "@/lib/model/corroboration";
import type { DatasetIndex } from "@/lib/model/dataset";
import type { ParticipationRole } from "@/lib/model/schema";
import type { ImportLayer } from "./importTypes";
import { meetingYears } from "@/lib/model/meetingYears";

// What the panel shows before anything merges: how much the file gave, by kind, and where
// it disagrees with what is loaded (a meeting of the same number on another date, or with
// other decisions). The user decides with this in front of them.

export interface ImportConflict {
  meetingId: string;
  field: "date" | "outcomes";
  loaded: string;
  imported: string;
}

export interface ImportPreview {
  /** `years`: the years of the file's meetings; `yearsNotLoaded`: those of them the loaded data does not cover (the file's meetings sit outside the view's own year until a search or a zoom finds them). */
  meetings: { total: number; alreadyLoaded: number; added: number; years: number[]; yearsNotLoaded: number[] };
  entities: { total: number; added: number };
  /** `alreadyStated`: facts the loaded data states too; they merge as further sources of its edges, not as edges. */
  participations: { total: number; stated: number; inferred: number; alreadyStated: number; byRole: Array<[ParticipationRole, number]> };
  conflicts: ImportConflict[];
}

const symbolsOf = (outcomes: ReadonlyArray<{ symbol?: string }>) => outcomes.flatMap((o) => (o.symbol ? [o.symbol] : [])).sort();

export function previewImport(layer: ImportLayer, loaded: DatasetIndex): ImportPreview {
  const conflicts: ImportConflict[] = [];
  let alreadyLoaded = 0;
  for (const meeting of layer.meetings) {
    const existing = loaded.meetingsById.get(meeting.id);
    if (!existing) continue;
    alreadyLoaded++;
    if (existing.date !== meeting.date) conflicts.push({ meetingId: meeting.id, field: "date", loaded: existing.date, imported: meeting.date });
    const mine = symbolsOf(meeting.outcomes);
    const theirs = symbolsOf(existing.outcomes);
    // A Repertoire item may name fewer decisions than the table; a symbol the table lacks is a conflict.
    const unknown = mine.filter((symbol) => !theirs.includes(symbol) && !/^S\/\d{4}\//.test(symbol));
    if (unknown.length > 0) conflicts.push({ meetingId: meeting.id, field: "outcomes", loaded: theirs.join(", ") || "none", imported: mine.join(", ") });
  }
  const byRole = new Map<ParticipationRole, number>();
  for (const participation of layer.participations) byRole.set(participation.role, (byRole.get(participation.role) ?? 0) + 1);
  const stated = layer.participations.filter((p) => p.certainty === "stated").length;
  const alreadyStated = layer.participations.filter((p) => (loaded.participationsByMeeting.get(p.meetingId) ?? []).some((held) => sameStatedFact(held, p))).length;
  const years = meetingYears(layer.meetings);
  const loadedYears = new Set(loaded.dataset.years);
  return {
    meetings: { total: layer.meetings.length, alreadyLoaded, added: layer.meetings.length - alreadyLoaded, years, yearsNotLoaded: years.filter((year) => !loadedYears.has(year)) },
    entities: { total: layer.entities.length, added: layer.entities.filter((entity) => !loaded.entitiesById.has(entity.id)).length },
    participations: { total: layer.participations.length, stated, inferred: layer.participations.length - stated, alreadyStated, byRole: [...byRole].sort((a, b) => b[1] - a[1]) },
    conflicts,
  };
}
