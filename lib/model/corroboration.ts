import { sameData } from "./sameData";
import type { Evidence, Participation } from "./schema";

// Two sources stating one fact make one edge, not two: the record met first is kept and
// the other's evidence is added to it, so counts stay true and every source stays named.
// The UN tables and the Repertoire both state a veto and who did not vote; a user may
// import the same Repertoire item twice, or an item the data already holds.

/** Roles the UN tables state: their edge names no decision in its id, but lists the drafts in its note. */
const tableVoteRoles = new Set<Participation["role"]>(["vetoed", "not-participating"]);

const factKey = (p: Participation) => [p.meetingId, p.role, p.entityId, p.onBehalfOf ?? ""].join("|");

/** The drafts a table's vote edge covers ("S/2003/891, S/2003/980"), or the one a Repertoire vote edge names at the end of its id. */
function decisionsOf(p: Participation): string[] {
  const parts = p.id.split("|");
  if (parts.length === 4) return [parts[3]!];
  if (parts.length === 3) return (p.note ?? "").split(", ").filter((draft) => draft.startsWith("S/"));
  return [];
}

/** Whether `other` states what `held` already states: the same record, or the same vote on the same draft told by another source. */
export function sameStatedFact(held: Participation, other: Participation): boolean {
  if (held.certainty !== "stated" || other.certainty !== "stated") return false;
  if (held.id === other.id) return true;
  if (factKey(held) !== factKey(other) || !tableVoteRoles.has(held.role) || held.onBehalfOf !== undefined) return false;
  const [table, told] = held.id.split("|").length === 3 ? [held, other] : [other, held];
  if (table.id.split("|").length !== 3) return false;
  const drafts = decisionsOf(table);
  const named = decisionsOf(told);
  return named.length === 1 && drafts.includes(named[0]!);
}

function withEvidence(held: Participation, evidence: Evidence): Participation {
  if (sameData(held.evidence, evidence) || held.corroboratedBy?.some((known) => sameData(known, evidence))) return held;
  return { ...held, corroboratedBy: [...(held.corroboratedBy ?? []), evidence] };
}

/**
 * The records in order, each stated fact once: a later record that states a fact already
 * held adds its evidence (and what it corroborates) to that record; a later record with
 * an id already held that does not is left out, as before.
 */
export function corroborate(records: readonly Participation[]): Participation[] {
  const kept: Participation[] = [];
  const byId = new Map<string, number>();
  const byFact = new Map<string, number[]>();
  for (const record of records) {
    const sameId = byId.get(record.id);
    const key = factKey(record);
    const candidates = sameId !== undefined ? [sameId] : (byFact.get(key) ?? []);
    const match = candidates.find((i) => sameStatedFact(kept[i]!, record));
    if (match !== undefined) {
      kept[match] = [record.evidence, ...(record.corroboratedBy ?? [])].reduce(withEvidence, kept[match]!);
      continue;
    }
    if (sameId !== undefined) continue;
    byId.set(record.id, kept.length);
    const sameFact = byFact.get(key);
    if (sameFact) sameFact.push(kept.length);
    else byFact.set(key, [kept.length]);
    kept.push(record);
  }
  return kept;
}
