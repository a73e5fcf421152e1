import type { Entity, Meeting } from "@/lib/model/schema";
import { meetingTitle } from "@/lib/details/format";
import { entityOptionLabel } from "@/lib/details/entityText";
import { entityKindLabels } from "@/lib/model/vocabularyLabels";
import { formatDate, formatMonth } from "@/lib/text/calendar";
import { foldText } from "@/lib/text/fold";

export interface SearchResult {
  kind: "meeting" | "entity";
  id: string;
  /** The option's accessible name: "Meeting 4739 — 11 April 2003 — …", "African Union — organization". */
  label: string;
  /** The first part of the label, shown stronger: "Meeting 4739", "African Union". */
  title: string;
  /** The rest: "11 April 2003 — The Security Council and regional organizations", "organization". */
  detail: string;
}

interface SearchEntry {
  result: SearchResult;
  /** Keys a reader would call the thing by: meeting number, name, alias, ISO code. */
  primary: string[];
  /** Keys that describe it: topic, agenda item, dates, document symbols. */
  secondary: string[];
  /** Within one rank: entities before meetings (names are fewer and more specific), then this. */
  order: string;
}

export interface SearchIndex {
  entries: SearchEntry[];
}

// Accents, case, curly quotes and dashes do not matter: "cote d'ivoire" finds "Côte d’Ivoire".
const folded = (keys: ReadonlyArray<string | undefined>) => [...new Set(keys.filter((key): key is string => !!key).map(foldText))];

const resolutionNumber = /^S\/RES\/(\d+)/;

function meetingEntry(meeting: Meeting): SearchEntry {
  const title = meetingTitle(meeting);
  const detail = `${formatDate(meeting.date)} — ${meeting.topic}`;
  return {
    result: { kind: "meeting", id: meeting.id, label: `${title} — ${detail}`, title, detail },
    primary: folded([meeting.number?.toString(), meeting.id]),
    secondary: folded([
      meeting.topic,
      ...meeting.topics,
      meeting.agendaItem,
      meeting.agendaItemNumber ? `item ${meeting.agendaItemNumber}` : undefined,
      formatDate(meeting.date),
      meeting.date,
      formatMonth(meeting.date),
      meeting.records.verbatim,
      ...meeting.outcomes.map((outcome) => outcome.symbol),
      // People ask for "resolution 1483" or just "1483", not "S/RES/1483 (2003)".
      ...meeting.outcomes.map((outcome) => resolutionNumber.exec(outcome.symbol ?? "")?.[1]).map((number) => number && `resolution ${number}`),
    ]),
    order: `1 ${meeting.date} ${String(meeting.number ?? 0).padStart(6, "0")} ${meeting.id}`,
  };
}

function entityEntry(entity: Entity): SearchEntry {
  return {
    result: { kind: "entity", id: entity.id, label: entityOptionLabel(entity), title: entity.name, detail: entityKindLabels[entity.kind].one },
    // The names it bore for a while count as its names: "Zaire" finds the Democratic Republic of the Congo.
    primary: folded([entity.name, ...entity.aliases, ...(entity.names ?? []).map((dated) => dated.name), entity.iso3]),
    secondary: folded([entity.title]),
    order: `0 ${foldText(entity.name)}`,
  };
}

export function buildSearchIndex(source: { meetings: readonly Meeting[]; entities: readonly Entity[] }): SearchIndex {
  return { entries: [...source.entities.map(entityEntry), ...source.meetings.map(meetingEntry)] };
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
