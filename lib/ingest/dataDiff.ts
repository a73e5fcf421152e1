import type { Entity, Meeting, Participation } from "@/lib/model/schema";

// Two versions of data/ compared record by record, every difference counted under its
// cause: how a change to the ingest shows that data/ moved only where a rule or a
// correction says so (README, "What the ingest corrects, infers and checks").

export interface DataSnapshot {
  meetings: Meeting[];
  participations: Participation[];
  entities: Entity[];
}

export interface DiffCause {
  cause: string;
  count: number;
  /** The first record id of the cause, to look at. */
  example: string;
}

const ruleOf = (edge: Participation) => /\(rule ([\w-]+)\)/.exec(edge.evidence.note ?? "")?.[1];
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const keysOf = (a: object, b: object) => [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();

class Tally {
  private readonly causes = new Map<string, DiffCause>();
  add(cause: string, example: string) {
    const found = this.causes.get(cause);
    if (found) found.count++;
    else this.causes.set(cause, { cause, count: 1, example });
  }
  all(): DiffCause[] {
    return [...this.causes.values()].sort((a, b) => a.cause.localeCompare(b.cause));
  }
}

function compareById<T extends { id: string }>(tally: Tally, kind: string, before: readonly T[], after: readonly T[], fields: (a: T, b: T) => void, describe: (record: T) => string = () => "") {
  const old = new Map(before.map((record) => [record.id, record]));
  const now = new Map(after.map((record) => [record.id, record]));
  for (const [id, record] of now) if (!old.has(id)) tally.add(`${kind} added${describe(record)}`, id);
  for (const [id, record] of old) if (!now.has(id)) tally.add(`${kind} removed${describe(record)}`, id);
  for (const [id, record] of now) {
    const was = old.get(id);
    if (was && !same(was, record)) fields(was, record);
  }
}

export function diffData(before: DataSnapshot, after: DataSnapshot): DiffCause[] {
  const tally = new Tally();
  compareById(tally, "meeting", before.meetings, after.meetings, (a, b) => {
    for (const key of keysOf(a, b) as Array<keyof Meeting>) {
      if (same(a[key], b[key])) continue;
      if (key === "outcomes" && a.outcomes.length === b.outcomes.length) {
        a.outcomes.forEach((outcome, i) => {
          for (const field of keysOf(outcome, b.outcomes[i]!) as Array<keyof typeof outcome>) if (!same(outcome[field], b.outcomes[i]![field])) tally.add(`outcome.${field} changed`, a.id);
        });
      } else if (key === "records") {
        for (const field of keysOf(a.records, b.records) as Array<keyof Meeting["records"]>) if (!same(a.records[field], b.records[field])) tally.add(`records.${field} changed`, a.id);
      } else tally.add(`meeting.${key} changed`, a.id);
    }
  });
  const edgeCause = (edge: Participation) => `: ${edge.role}${ruleOf(edge) ? ` (rule ${ruleOf(edge)})` : ""}`;
  compareById(tally, "edge", before.participations, after.participations, (a, b) => {
    const changed = keysOf(a, b).filter((key) => !same(a[key as keyof Participation], b[key as keyof Participation]));
    const onlyRuleAdded = changed.length === 1 && changed[0] === "evidence" && (b.evidence.note ?? "").replace(/ \(rule [\w-]+\)$/, "") === a.evidence.note;
    tally.add(onlyRuleAdded ? `edge note names its rule${edgeCause(b)}` : `edge ${changed.join(", ")} changed${edgeCause(b)}`, a.id);
  }, edgeCause);
  compareById(tally, "entity", before.entities, after.entities, (a, b) => {
    for (const key of keysOf(a, b) as Array<keyof Entity>) if (!same(a[key], b[key])) tally.add(`entity.${key} changed`, a.id);
  });
  return tally.all();
}
