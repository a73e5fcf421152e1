import { isRealIsoDate } from "@/lib/text/calendar";
import { groupDigits } from "@/lib/text/groupDigits";

// The rules a link's values must meet, written by hand in the URL table's style rather
// than with zod, so the first load does not ship a schema library (see lib/model: only the
// ingest validates with zod). Each rule returns what it accepts; what it rejects goes to
// LinkProblems, which turns into one short notice however long the link was.

/** Values of one kind that a link named and the app ignored, e.g. 1,500 unknown meeting ids. */
export interface LinkProblem {
  /** The URL key, as the link spells it ("m", "year"). */
  key: string;
  /** What each rejected value is, in the singular and plural: "unknown meeting id", "unknown meeting ids". */
  noun: { one: string; many: string };
  /** Distinct rejected values, in the order the link gave them. */
  values: string[];
  /** Why, or what the app did instead: "the data covers 1946–2022". */
  reason?: string;
}

/** Collects what a link named that the app could not use; one group per key and kind. */
export class LinkProblems {
  private readonly groups = new Map<string, LinkProblem & { seen: Set<string> }>();

  reject(key: string, noun: LinkProblem["noun"], value: string, reason?: string): void {
    const groupKey = `${key}\u0000${noun.one}`;
    let group = this.groups.get(groupKey);
    if (!group) {
      group = { key, noun, values: [], reason, seen: new Set() };
      this.groups.set(groupKey, group);
    }
    if (group.seen.has(value)) return;
    group.seen.add(value);
    group.values.push(value);
  }

  /** A problem a key describes in its own words (kept for keys that need no count). */
  push(message: string): void {
    this.reject("", { one: message, many: message }, "");
  }

  get list(): LinkProblem[] {
    return [...this.groups.values()].map(({ key, noun, values, reason }) => ({ key, noun, values, ...(reason ? { reason } : {}) }));
  }
}

export interface NoticeLimits {
  /** Rejected values quoted per group; the rest are counted. */
  valuesShown: number;
  /** Characters of one quoted value before it is cut with "…". */
  valueLength: number;
}

const defaultLimits: NoticeLimits = { valuesShown: 3, valueLength: 28 };

const clip = (value: string, length: number) => (value.length > length ? `${value.slice(0, length - 1)}…` : value);

/**
 * One notice for everything a link got wrong, bounded in length whatever the link held:
 * "1,500 unknown meeting ids ignored (m): 4739x, 4740x, 4741x and 1,497 more."
 */
export function linkNotice(problems: readonly LinkProblem[], limits: NoticeLimits = defaultLimits): string | null {
  if (problems.length === 0) return null;
  const sentences = problems.map((problem) => {
    if (!problem.key) return `${clip(problem.noun.one, 160)}.`;
    const count = problem.values.length;
    const shown = problem.values.slice(0, limits.valuesShown).map((value) => clip(value, limits.valueLength) || "(empty)");
    const more = count > shown.length ? ` and ${groupDigits(count - shown.length)} more` : "";
    const noun = count === 1 ? problem.noun.one : problem.noun.many;
    const reason = problem.reason ? ` (${problem.reason})` : "";
    return `${groupDigits(count)} ${noun} ignored (${problem.key}): ${shown.join(", ")}${more}${reason}.`;
  });
  return `Part of this link was not used. ${sentences.join(" ")}`;
}

/** A comma-separated list, trimmed, empty parts dropped. */
export function listOf(value: string | null): string[] {
  return value ? value.split(",").map((part) => part.trim()).filter(Boolean) : [];
}

/**
 * Ids of a list key: each known id once, in the link's order; unknown ones rejected.
 * "m=4684,4684,…" selects meeting 4684 once.
 */
export function knownIds(value: string | null, isKnown: (id: string) => boolean, reject: (id: string) => void): string[] {
  const accepted = new Set<string>();
  for (const id of listOf(value)) {
    if (isKnown(id)) accepted.add(id);
    else reject(id);
  }
  return [...accepted];
}

/** A value from a closed vocabulary, or null. */
export function oneOf<T extends string>(value: string, vocabulary: readonly T[]): T | null {
  return (vocabulary as readonly string[]).includes(value) ? (value as T) : null;
}

/** A four-digit year among those the data holds (any four-digit year when none are given). */
export function knownYear(value: string, years?: readonly number[]): number | null {
  if (!/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return !years || years.includes(year) ? year : null;
}

/** An inclusive window of two real calendar days, put in order; null when either is not a real day. */
export function realWindow(start: string, end: string): { start: string; end: string } | null {
  if (!isRealIsoDate(start) || !isRealIsoDate(end)) return null;
  return start <= end ? { start, end } : { start: end, end: start };
}
