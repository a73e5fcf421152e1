import { foldKeepingLength } from "@/lib/text/fold";
import type { Candidate, EntityResolver } from "./resolver";
import { namedRule, ruleApplies, subjectRules, type SubjectRule } from "./subjectRules";

// A topic that names a state makes that state the meeting's *subject*: an edge the app
// infers from the library's label, never one the sources state. The rules are in
// subjectRules.ts; this module applies them.

interface Pattern {
  regex: RegExp;
  candidates: readonly Candidate[];
}

export interface SubjectMatch {
  entityId: string;
  /** The words of the topic that named it. */
  text: string;
  start: number;
  end: number;
  /** The id of the rule in subjectRules.ts that read it, or "named". */
  rule: string;
}

export interface TopicReading {
  subjects: SubjectMatch[];
  /** States that brought the matter by letter or request (subjectRules "letter-from"). */
  raisedBy: SubjectMatch[];
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Compiled once per resolver: every state and territory name longest first, so "Guinea-Bissau" wins over "Guinea". */
export function compileSubjectPatterns(resolver: EntityResolver): Pattern[] {
  return resolver
    .knownNames()
    .map(({ key, ids }) => ({ key, ids: ids.filter((candidate) => /^(state|territory):/.test(candidate.id)) }))
    // Short keys are acronyms ("US", "UK", "DRC") that collide with ordinary words.
    .filter(({ key, ids }) => key.length > 3 && ids.length > 0)
    .sort((a, b) => b.key.length - a.key.length || a.key.localeCompare(b.key))
    .map(({ key, ids }) => ({ candidates: ids, regex: new RegExp(`(?<![\\p{L}])${escape(key).replace(/'/g, "['\u2019]")}(?![\\p{L}])`, "giu") }));
}

class TopicText {
  readonly folded: string;
  private readonly taken: boolean[];
  constructor(readonly topic: string) {
    // Folded keeping its length, so match offsets point into the original topic.
    this.folded = foldKeepingLength(topic);
    this.taken = new Array<boolean>(topic.length).fill(false);
  }
  isFree(start: number, end: number): boolean {
    return !this.taken.slice(start, end).some(Boolean);
  }
  take(start: number, end: number): void {
    for (let i = start; i < end; i++) this.taken[i] = true;
  }
}

function addMatch(into: Map<string, SubjectMatch>, entityId: string, text: TopicText, start: number, end: number, rule: string) {
  if (!into.has(entityId)) into.set(entityId, { entityId, text: text.topic.slice(start, end), start, end, rule });
}

/** Names the resolver knows inside [from, to) of the topic, as they were named on the date. */
function scanNames(text: TopicText, date: string, resolver: EntityResolver, patterns: readonly Pattern[], into: Map<string, SubjectMatch>, rule: string, range = { from: 0, to: text.folded.length }) {
  for (const pattern of patterns) {
    pattern.regex.lastIndex = 0;
    for (const match of text.folded.matchAll(pattern.regex)) {
      const start = match.index;
      const end = start + match[0].length;
      if (start < range.from || end > range.to || !text.isFree(start, end)) continue;
      const entityId = resolver.pick(pattern.candidates, date);
      if (!entityId) continue;
      text.take(start, end);
      addMatch(into, entityId, text, start, end, rule);
    }
  }
}

const caseless = new Map<SubjectRule, RegExp>();
/** The rule's pattern, global and ignoring case whatever flags the table wrote. */
function ruleRegex(rule: SubjectRule): RegExp {
  let regex = caseless.get(rule);
  if (!regex) caseless.set(rule, (regex = new RegExp(rule.pattern.source, "giu")));
  regex.lastIndex = 0;
  return regex;
}

function applyRule(rule: SubjectRule, text: TopicText, date: string, resolver: EntityResolver, patterns: readonly Pattern[], reading: { subjects: Map<string, SubjectMatch>; raisedBy: Map<string, SubjectMatch> }) {
  for (const match of text.folded.matchAll(ruleRegex(rule))) {
    const start = match.index;
    const end = start + match[0].length;
    if (!text.isFree(start, end)) continue;
    const { effect } = rule;
    if ("letter" in effect) scanNames(text, date, resolver, patterns, reading.raisedBy, rule.id, { from: start, to: end });
    else if ("subjects" in effect) for (const id of effect.subjects) if (resolver.existsOn(id, date)) addMatch(reading.subjects, id, text, start, end, rule.id);
    text.take(start, end);
  }
}

/** The subjects a topic names on a date, and the states that raised it, each with the rule that read it. */
export function readTopic(topic: string, date: string, resolver: EntityResolver, patterns: readonly Pattern[]): TopicReading {
  const text = new TopicText(topic);
  const reading = { subjects: new Map<string, SubjectMatch>(), raisedBy: new Map<string, SubjectMatch>() };
  for (const rule of subjectRules) if (ruleApplies(rule, date)) applyRule(rule, text, date, resolver, patterns, reading);
  scanNames(text, date, resolver, patterns, reading.subjects, namedRule.id);
  const byStart = (a: SubjectMatch, b: SubjectMatch) => a.start - b.start || a.entityId.localeCompare(b.entityId);
  const subjects = [...reading.subjects.values()].sort(byStart);
  // A state that wrote about itself stays a subject; it did not only raise the matter.
  const raisedBy = [...reading.raisedBy.values()].filter((match) => !reading.subjects.has(match.entityId)).sort(byStart);
  return { subjects, raisedBy };
}

/** The subjects alone, for callers that do not draw "raised by". */
export function subjectsOfTopic(topic: string, date: string, resolver: EntityResolver, patterns: readonly Pattern[]): SubjectMatch[] {
  return readTopic(topic, date, resolver, patterns).subjects;
}
