import { formatFrame, parseFrame } from "@/lib/graph/viewFrame";
import { hasImport } from "@/lib/imports/importProvenance";
import type { DatasetIndex } from "@/lib/model/dataset";
import { outcomeClasses } from "@/lib/model/outcomeClass";
import { entityKinds } from "@/lib/model/vocabulary";
import { formatYearSpan } from "@/lib/text/calendar";
import { emptyFilters, type ShareableState, type ViewMode } from "./types";
import { knownIds, knownYear, LinkProblems, listOf, oneOf, realWindow, type LinkProblem } from "./urlSchema";

// Every key the URL carries, with its encode/decode, in one table: a link reproduces
// the view, and nothing else about the state leaks into (or is read from) the URL.
// A link is input from anyone: each decode accepts only what urlSchema's rules allow
// and reports the rest, so no link can put the page in a state it cannot draw.

/**
 * A story is named by a built-in's id ("iraq-2003") or carried whole in the link
 * ("s1." and the story file's JSON in base64url, see lib/stories/storyLink.ts); what it
 * holds is checked where it is read. The cap keeps a hostile link from making a huge one.
 */
const storyRef = /^(?:[a-z0-9][a-z0-9-]{0,63}|s1\.[A-Za-z0-9_-]{1,16000})$/;
/** Steps in the URL count from 1, as a teacher says them. */
const stepNumber = /^[1-9]\d{0,2}$/;

interface Decoded {
  state: ShareableState;
  /** What the URL named that this dataset does not have or the app does not understand, grouped for one notice. */
  problems: LinkProblem[];
}

/** What encoding needs besides the state: the default year, and the imports the selection's records come from. */
interface EncodeScope {
  focusYear: number | null;
  imports?: ReadonlyArray<{ id: string; fileName: string }>;
}

/** "imp-abc:iraq-kuwait.txt": the import's id and its file's name, kept readable and free of the list's commas. */
const importToken = ({ id, fileName }: { id: string; fileName: string }) => `${id}:${fileName.replace(/[,:&#?%]/g, "_").slice(0, 60)}`;

type KeySpec = {
  encode(state: ShareableState, defaults: EncodeScope): string | undefined;
  decode(params: URLSearchParams, index: DatasetIndex, into: ShareableState, problems: LinkProblems, defaults: DecodeDefaults): void;
};

const viewModes = ["graph", "list"] as const satisfies readonly ViewMode[];

export const urlKeys: Record<string, KeySpec> = {
  m: {
    encode: (state) => state.selection.meetings.join(",") || undefined,
    decode: (params, index, into, problems) => {
      into.selection.meetings = knownIds(params.get("m"), (id) => index.meetingsById.has(id), (id) => problems.reject("m", { one: "unknown meeting id", many: "unknown meeting ids" }, id));
    },
  },
  e: {
    encode: (state) => state.selection.entities.join(",") || undefined,
    decode: (params, index, into, problems) => {
      into.selection.entities = knownIds(params.get("e"), (id) => index.entitiesById.has(id), (id) => problems.reject("e", { one: "unknown entity id", many: "unknown entity ids" }, id));
    },
  },
  from: {
    encode: (state) => state.timeWindow?.start,
    decode: () => {}, // decoded together with "to" below
  },
  to: {
    encode: (state) => state.timeWindow?.end,
    decode: (params, _index, into, problems, defaults) => {
      const start = params.get("from");
      const end = params.get("to");
      if (start === null && end === null) return;
      const noun = { one: "time window", many: "time windows" };
      const given = `${start ?? "(none)"} to ${end ?? "(none)"}`;
      const window = start !== null && end !== null ? realWindow(start, end) : null;
      if (!window) return problems.reject("from, to", noun, given, start === null || end === null ? "it needs both from and to" : "not two real calendar dates");
      const years = defaults.knownYears;
      if (!years || years.length === 0) return void (into.timeWindow = window);
      // Clamped to the years the data holds: the same meetings, and no dates the timeline cannot place (year 1 and the like).
      const first = `${Math.min(...years)}-01-01`;
      const last = `${Math.max(...years)}-12-31`;
      if (window.end < first || window.start > last) return problems.reject("from, to", noun, given, `the data covers ${formatYearSpan(years)}`);
      into.timeWindow = { start: window.start < first ? first : window.start, end: window.end > last ? last : window.end };
    },
  },
  areas: {
    encode: (state) => state.filters.hiddenSubjectAreas.join(",") || undefined,
    decode: (params, index, into, problems) => {
      const known = new Set(index.dataset.subjectAreas.map((area) => area.id));
      into.filters.hiddenSubjectAreas = knownIds(params.get("areas"), (id) => known.has(id), (id) => problems.reject("areas", { one: "unknown subject area", many: "unknown subject areas" }, id));
    },
  },
  outcomes: {
    encode: (state) => state.filters.hiddenOutcomeKinds.join(",") || undefined,
    decode: (params, _index, into, problems) => {
      into.filters.hiddenOutcomeKinds = knownIds(params.get("outcomes"), (kind) => oneOf(kind, outcomeClasses) !== null, (kind) => problems.reject("outcomes", { one: "unknown outcome", many: "unknown outcomes" }, kind));
    },
  },
  kinds: {
    encode: (state) => state.filters.hiddenEntityKinds.join(",") || undefined,
    decode: (params, _index, into, problems) => {
      into.filters.hiddenEntityKinds = knownIds(params.get("kinds"), (kind) => oneOf(kind, entityKinds) !== null, (kind) => problems.reject("kinds", { one: "unknown entity kind", many: "unknown entity kinds" }, kind)).map((kind) => oneOf(kind, entityKinds)!);
    },
  },
  stated: {
    encode: (state) => (state.filters.statedOnly ? "1" : undefined),
    decode: (params, _index, into, problems) => {
      const stated = params.get("stated");
      if (stated === null) return;
      if (stated === "1" || stated === "0") into.filters.statedOnly = stated === "1";
      else problems.reject("stated", { one: "value", many: "values" }, stated, "stated=1 shows only what the sources state");
    },
  },
  year: {
    encode: (state, defaults) => (state.focusYear === null || state.focusYear === defaults.focusYear ? undefined : String(state.focusYear)),
    decode: (params, _index, into, problems, defaults) => {
      const value = params.get("year");
      if (value === null) return;
      // The years data/ holds, not only those loaded: a link to 1990 loads them first.
      const year = knownYear(value, defaults.knownYears);
      if (year !== null) into.focusYear = year;
      else problems.reject("year", { one: "year", many: "years" }, value, defaults.knownYears?.length ? `the data covers ${formatYearSpan(defaults.knownYears)}` : "not a four-digit year");
    },
  },
  // "years=all" is read by the page before the store exists (it decides what data to
  // load, see wantsAllYears); the store only writes it back.
  years: {
    encode: () => undefined,
    decode: (params, _index, _into, problems) => {
      const years = params.get("years");
      if (years !== null && years !== "all") problems.reject("years", { one: "value", many: "values" }, years, "years=all loads every year");
    },
  },
  story: {
    encode: (state) => state.story?.ref,
    decode: () => {}, // decoded together with "step" below
  },
  step: {
    encode: (state) => (state.story ? String(state.story.step + 1) : undefined),
    decode: (params, _index, into, problems) => {
      const ref = params.get("story");
      const step = params.get("step");
      if (ref === null) {
        if (step !== null) problems.reject("step", { one: "step without a story", many: "steps without a story" }, step);
        return;
      }
      if (!storyRef.test(ref)) return problems.reject("story", { one: "story name", many: "story names" }, ref, "a built-in story's id or a story carried by a shared link");
      const valid = step !== null && stepNumber.test(step);
      if (step !== null && !valid) problems.reject("step", { one: "step", many: "steps" }, step, "steps count from 1; the story opens at its first");
      into.story = { ref, step: valid ? Number(step) - 1 : 0 };
    },
  },
  // A link to records a user imported says so, so a receiver without that import is told
  // which file it lacks rather than left to guess why the meeting is missing.
  imp: {
    encode: (_state, defaults) => defaults.imports?.map(importToken).join(",") || undefined,
    decode: (params, index, _into, problems) => {
      for (const token of listOf(params.get("imp"))) {
        const [id = "", fileName = ""] = token.split(":");
        if (!hasImport(index.dataset, id)) problems.reject("imp", { one: "import missing in this browser", many: "imports missing in this browser" }, fileName || id, "import the file to see what the link shows");
      }
    },
  },
  gv: {
    encode: (state) => (state.graphView ? formatFrame(state.graphView) : undefined),
    decode: (params, _index, into, problems) => {
      const value = params.get("gv");
      if (value === null) return;
      const frame = parseFrame(value);
      if (frame) into.graphView = frame;
      else problems.reject("gv", { one: "graph view", many: "graph views" }, value, "three numbers: the centre and the span the graph shows");
    },
  },
  view: {
    encode: (state) => (state.viewMode === "graph" ? undefined : state.viewMode),
    decode: (params, _index, into, problems) => {
      const value = params.get("view");
      if (value === null) return;
      const view = oneOf(value, viewModes);
      if (view) into.viewMode = view;
      else problems.reject("view", { one: "unknown view", many: "unknown views" }, value, "the views are graph and list");
    },
  },
};

export function encodeShareable(state: ShareableState, scope: { allYears: boolean } & EncodeScope = { allYears: false, focusYear: null }): string {
  const params = new URLSearchParams();
  for (const [key, spec] of Object.entries(urlKeys)) {
    const value = key === "years" ? (scope.allYears ? "all" : undefined) : spec.encode(state, scope);
    if (value) params.set(key, value);
  }
  // Commas and colons read better unescaped in a link a teacher pastes into a slide.
  return params.toString().replace(/%2C/g, ",").replace(/%3A/g, ":");
}

interface DecodeDefaults {
  /** The year the view opens on when the link names none. */
  focusYear: number | null;
  /** The years a link may name (data/index.json); any four-digit year when absent. */
  knownYears?: readonly number[];
}

export function decodeShareable(search: string, index: DatasetIndex, defaults: DecodeDefaults = { focusYear: null }): Decoded {
  const params = new URLSearchParams(search);
  const state: ShareableState = {
    selection: { meetings: [], entities: [] },
    timeWindow: null,
    filters: { ...emptyFilters, hiddenSubjectAreas: [], hiddenOutcomeKinds: [], hiddenEntityKinds: [] },
    viewMode: "graph",
    focusYear: defaults.focusYear,
    story: null,
    graphView: null,
  };
  const problems = new LinkProblems();
  for (const spec of Object.values(urlKeys)) spec.decode(params, index, state, problems, defaults);
  return { state, problems: problems.list };
}

/**
 * Whether a link asks for every year rather than the default year's view: `years=all`, a
 * focus year other than the default, or a time window outside the default year. Only
 * years data/ holds count (`knownYears`): `year=2100` gets a notice, not a load.
 */
export function wantsAllYears(search: string, defaultYear: number | null, knownYears?: readonly number[]): boolean {
  const params = new URLSearchParams(search);
  if (params.get("years") === "all") return true;
  if (defaultYear === null) return false;
  const year = knownYear(params.get("year") ?? "", knownYears);
  if (year !== null && year !== defaultYear) return true;
  const window = realWindow(params.get("from") ?? "", params.get("to") ?? "");
  return window !== null && (window.end < `${defaultYear}-01-01` || window.start > `${defaultYear}-12-31`);
}


/**
 * The link for going back from every year to the default year alone: what that year's
 * data can show (its meetings and entities, a window that touches it), without
 * `years=all` or another focus year.
 */
export function searchForDefaultYear(search: string, index: DatasetIndex, defaultYear: number, knownYears?: readonly number[]): string {
  const { state } = decodeShareable(search, index, { focusYear: null, knownYears });
  const window = state.timeWindow;
  const touchesYear = window !== null && window.end >= `${defaultYear}-01-01` && window.start <= `${defaultYear}-12-31`;
  return encodeShareable({ ...state, focusYear: null, timeWindow: touchesYear ? window : null });
}
