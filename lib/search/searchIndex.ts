import type { Entity, EntityKind, Meeting, Outcome } from "@/lib/model/schema";
import { meetingTitle } from "@/lib/details/format";
import { entityOptionLabel } from "@/lib/details/entityText";
import { outcomeClassOf, type OutcomeClass } from "@/lib/model/outcomeClass";
import { entityKindLabels, outcomeClassLabels } from "@/lib/model/vocabularyLabels";
import { formatDate, formatMonth } from "@/lib/text/calendar";
import { foldText } from "@/lib/text/fold";
import { upperFirst } from "@/lib/text/upperFirst";
import { outcomeKeys, outcomeLine } from "./councilWords";

/** What a result is, so its icon and its words can say so. */
export type SearchResultType = { kind: "meeting"; outcome: OutcomeClass } | { kind: "entity"; entityKind: EntityKind };

export interface SearchResult {
  kind: "meeting" | "entity";
  id: string;
  type: SearchResultType;
  /** The kind of thing in a word or two: "Meeting · Vetoed draft", "Organization". */
  typeLabel: string;
  /** The option's accessible name: "Meeting 4739 — 11 April 2003 — …", "African Union — organization". */
  label: string;
  /** The first part of the label, shown stronger: "Meeting 4739", "African Union". */
  title: string;
  /** The rest: "11 April 2003 — The Security Council and regional organizations", "organization". */
  detail: string;
  /** A meeting's outcome in a line: "Vetoed draft S/2003/980, vetoed by United States, 10-1-4". */
  outcome?: string;
}

interface SearchEntry {
  result: SearchResult;
  /** Keys a reader would call the thing by: meeting number, name, alias, ISO code. */
  primary: string[];
  /** Keys that describe it: topic, agenda item, dates, document symbols, outcome kinds, office. */
  secondary: string[];
  /** Within one rank: entities before meetings (names are fewer and more specific), then this. */
  order: string;
}

export interface SearchIndex {
  entries: SearchEntry[];
}

/** Names of the entities an outcome names (the vetoing state); ids when the dataset does not know them. */
export type NameOf = (entityId: string) => string;

// Accents, case, curly quotes and dashes do not matter: "cote d'ivoire" finds "Côte d’Ivoire".
const folded = (keys: ReadonlyArray<string | undefined>) => [...new Set(keys.filter((key): key is string => !!key).map(foldText))];

function meetingEntry(meeting: Meeting, nameOf: NameOf): SearchEntry {
  const title = meetingTitle(meeting);
  const detail = `${formatDate(meeting.date)} — ${meeting.topic}`;
  const outcome = outcomeClassOf(meeting);
  const outcomeText = meeting.outcomes.map((each: Outcome) => outcomeLine(each, nameOf)).join("; ");
  return {
    result: {
      kind: "meeting",
      id: meeting.id,
      type: { kind: "meeting", outcome },
      typeLabel: outcome === "none" ? "Meeting" : `Meeting · ${outcomeClassLabels[outcome]}`,
      label: `${title} — ${detail}${outcomeText ? ` — ${outcomeText}` : ""}`,
      title,
      detail,
      ...(outcomeText ? { outcome: outcomeText } : {}),
    },
    primary: folded([meeting.number?.toString(), meeting.id]),
    secondary: folded([
      meeting.topic,
      ...meeting.topics,
      meeting.agendaItem,
      meeting.agendaItemNumber ? `item ${meeting.agendaItemNumber}` : undefined,
      formatDate(meeting.date),
      meeting.date,
      formatMonth(meeting.date),
      meeting.date.slice(0, 4),
      meeting.records.verbatim,
      ...meeting.records.corrigenda,
      ...meeting.records.pressReleases,
      ...meeting.outcomes.flatMap((each) => outcomeKeys(each, nameOf)),
    ]),
    order: `1 ${meeting.date} ${String(meeting.number ?? 0).padStart(6, "0")} ${meeting.id}`,
  };
}

function entityEntry(entity: Entity): SearchEntry {
  const kind = entityKindLabels[entity.kind].one;
  return {
    result: {
      kind: "entity",
      id: entity.id,
      type: { kind: "entity", entityKind: entity.kind },
      typeLabel: upperFirst(kind),
      label: entityOptionLabel(entity),
      title: entity.name,
      // A person's office says who they are better than "person".
      detail: entity.title ?? kind,
    },
    // The names it bore for a while count as its names: "Zaire" finds the Democratic Republic of the Congo.
    primary: folded([entity.name, ...entity.aliases, ...(entity.names ?? []).map((dated) => dated.name), entity.iso3]),
    secondary: folded([entity.title]),
    order: `0 ${foldText(entity.name)}`,
  };
}

export function buildSearchIndex(source: { meetings: readonly Meeting[]; entities: readonly Entity[] }): SearchIndex {
  const names = new Map(source.entities.map((entity) => [entity.id, entity.name]));
  const nameOf: NameOf = (id) => names.get(id) ?? id.replace(/^\w+:/, "");
  return { entries: [...source.entities.map(entityEntry), ...source.meetings.map((meeting) => meetingEntry(meeting, nameOf))] };
}

/**
 * Lower is better: exact primary key (the number or the name) 0, exact secondary key 1,
 * then prefixes 2/3, a word inside a key starting with the query 4, a substring 5, and
 * every word of the query found somewhere 6.
 */
function rankOf(entry: SearchEntry, query: string, words: readonly string[]): number | undefined {
  const tiers: Array<(key: string) => boolean> = [(key) => key === query, (key) => key.startsWith(query), (key) => key.includes(` ${query}`) || key.includes(`(${query}`), (key) => key.includes(query)];
  for (let tier = 0; tier < tiers.length; tier += 1) {
    const test = tiers[tier]!;
    if (tier < 2) {
      if (entry.primary.some(test)) return tier * 2;
      if (entry.secondary.some(test)) return tier * 2 + 1;
    } else if (entry.primary.some(test) || entry.secondary.some(test)) {
      return tier + 2;
    }
  }
  if (words.length > 1) {
    const keys = [...entry.primary, ...entry.secondary];
    if (words.every((word) => keys.some((key) => key.includes(word)))) return 6;
  }
  return undefined;
}

export interface SearchOutcome {
  results: SearchResult[];
  /** How many entries matched before the limit. */
  total: number;
}

export function searchIndex(index: SearchIndex, rawQuery: string, limit = 20): SearchOutcome {
  const query = foldText(rawQuery);
  if (query === "") return { results: [], total: 0 };
  const words = query.split(" ");
  const ranked: Array<{ entry: SearchEntry; rank: number }> = [];
  for (const entry of index.entries) {
    const rank = rankOf(entry, query, words);
    if (rank !== undefined) ranked.push({ entry, rank });
  }
  ranked.sort((a, b) => a.rank - b.rank || (a.entry.order < b.entry.order ? -1 : a.entry.order > b.entry.order ? 1 : 0));
  return { results: ranked.slice(0, limit).map(({ entry }) => entry.result), total: ranked.length };
}

/** A year the query names on its own ("1956"), for saying that year is not loaded; null otherwise. */
export function yearInQuery(rawQuery: string): number | null {
  const match = /^\s*(\d{4})\s*$/.exec(rawQuery);
  return match ? Number(match[1]) : null;
}
