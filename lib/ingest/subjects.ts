import { foldKeepingLength } from "@/lib/text/fold";
import type { EntityResolver } from "./resolver";

// A topic that names a state makes that state the meeting's *subject*: an edge the app
// infers from the library's label, never one the sources state.

/**
 * Phrases in which a state's name does not mean the state: the ICTY's "Yugoslavia" is
 * the former Yugoslavia (reference-2003.md, matching cautions).
 */
const maskedPhrases = [/international tribunal[^,;/]*?yugoslavia/gi, /former yugoslavia/gi];

interface Pattern {
  regex: RegExp;
  candidates: ReturnType<EntityResolver["knownNames"]>[number]["ids"];
}

export interface SubjectMatch {
  entityId: string;
  /** The words of the topic that named it. */
  text: string;
  start: number;
  end: number;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Compiled once per resolver: every state name longest first, so "Guinea-Bissau" wins over "Guinea". */
export function compileSubjectPatterns(resolver: EntityResolver): Pattern[] {
  return resolver
    .knownNames()
    .map(({ key, ids }) => ({ key, ids: ids.filter((candidate) => candidate.id.startsWith("state:")) }))
    // Short keys are acronyms ("US", "UK", "DRC") that collide with ordinary words.
    .filter(({ key, ids }) => key.length > 3 && ids.length > 0)
    .sort((a, b) => b.key.length - a.key.length || a.key.localeCompare(b.key))
    .map(({ key, ids }) => ({ candidates: ids, regex: new RegExp(`(?<![\\p{L}])${escape(key).replace(/'/g, "['\u2019]")}(?![\\p{L}])`, "giu") }));
}

export function subjectsOfTopic(topic: string, date: string, resolver: EntityResolver, patterns: readonly Pattern[]): SubjectMatch[] {
  // Folded keeping its length, so match offsets point into the original topic.
  let text = foldKeepingLength(topic);
  for (const phrase of maskedPhrases) text = text.replace(phrase, (match) => " ".repeat(match.length));
  const taken: boolean[] = new Array<boolean>(text.length).fill(false);
  const found = new Map<string, SubjectMatch>();
  for (const pattern of patterns) {
    pattern.regex.lastIndex = 0;
    for (const match of text.matchAll(pattern.regex)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.slice(start, end).some(Boolean)) continue;
      const entityId = resolver.pick(pattern.candidates, date);
      if (!entityId) continue;
      for (let i = start; i < end; i++) taken[i] = true;
      if (!found.has(entityId)) found.set(entityId, { entityId, text: topic.slice(start, end), start, end });
    }
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
}
