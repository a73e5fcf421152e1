import type { DatasetIndex } from "@/lib/model/dataset";
import { entityKinds, type EntityKind } from "@/lib/model/vocabulary";
import { emptyFilters, type ShareableState, type TimeWindow, type ViewMode } from "./types";

// Every key the URL carries, with its encode/decode, in one table: a link reproduces
// the view, and nothing else about the state leaks into (or is read from) the URL.

const list = (value: string | null) => (value ? value.split(",").map((part) => part.trim()).filter(Boolean) : []);
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

interface Decoded {
  state: ShareableState;
  /** What the URL named that this dataset does not have, for a notice to the user. */
  ignored: string[];
}

type KeySpec = {
  encode(state: ShareableState, defaults: { focusYear: number | null }): string | undefined;
  decode(params: URLSearchParams, index: DatasetIndex, into: ShareableState, ignored: string[], defaults: DecodeDefaults): void;
};

export const urlKeys: Record<string, KeySpec> = {
  m: {
    encode: (state) => state.selection.meetings.join(",") || undefined,
    decode: (params, index, into, ignored) => {
      for (const id of list(params.get("m"))) {
        if (index.meetingsById.has(id)) into.selection.meetings.push(id);
        else ignored.push(`meeting "${id}"`);
      }
    },
  },
  e: {
    encode: (state) => state.selection.entities.join(",") || undefined,
    decode: (params, index, into, ignored) => {
      for (const id of list(params.get("e"))) {
        if (index.entitiesById.has(id)) into.selection.entities.push(id);
        else ignored.push(`entity "${id}"`);
      }
    },
  },
  from: {
    encode: (state) => state.timeWindow?.start,
    decode: () => {}, // decoded together with "to" below
  },
  to: {
    encode: (state) => state.timeWindow?.end,
    decode: (params, _index, into, ignored) => {
      const start = params.get("from");
      const end = params.get("to");
      if (!start && !end) return;
      if (start && end && isoDate.test(start) && isoDate.test(end) && start <= end) into.timeWindow = { start, end } satisfies TimeWindow;
      else ignored.push(`time window "${start ?? ""}…${end ?? ""}"`);
    },
  },
  areas: {
    encode: (state) => state.filters.hiddenSubjectAreas.join(",") || undefined,
    decode: (params, index, into, ignored) => {
      const known = new Set(index.dataset.subjectAreas.map((area) => area.id));
      for (const id of list(params.get("areas"))) {
        if (known.has(id)) into.filters.hiddenSubjectAreas.push(id);
        else ignored.push(`subject area "${id}"`);
      }
    },
  },
  outcomes: {
    encode: (state) => state.filters.hiddenOutcomeKinds.join(",") || undefined,
    decode: (params, _index, into) => into.filters.hiddenOutcomeKinds.push(...list(params.get("outcomes"))),
  },
  kinds: {
    encode: (state) => state.filters.hiddenEntityKinds.join(",") || undefined,
    decode: (params, _index, into, ignored) => {
      for (const kind of list(params.get("kinds"))) {
        if ((entityKinds as readonly string[]).includes(kind)) into.filters.hiddenEntityKinds.push(kind as EntityKind);
        else ignored.push(`entity kind "${kind}"`);
      }
    },
  },
  stated: {
    encode: (state) => (state.filters.statedOnly ? "1" : undefined),
    decode: (params, _index, into) => {
      into.filters.statedOnly = params.get("stated") === "1";
    },
  },
  year: {
    encode: (state, defaults) => (state.focusYear === null || state.focusYear === defaults.focusYear ? undefined : String(state.focusYear)),
    decode: (params, _index, into, ignored, defaults) => {
      const year = params.get("year");
      if (!year) return;
      // The years data/ holds, not only those loaded: a link to 1990 loads them first.
      if (/^\d{4}$/.test(year) && (!defaults.knownYears || defaults.knownYears.includes(Number(year)))) into.focusYear = Number(year);
      else ignored.push(`year "${year}"`);
    },
  },
  // "years=all" is read by the page before the store exists (it decides what data to
  // load, see wantsAllYears); the store only writes it back.
  years: {
    encode: () => undefined,
    decode: () => {},
  },
  view: {
    encode: (state) => (state.viewMode === "graph" ? undefined : state.viewMode),
    decode: (params, _index, into) => {
      const view = params.get("view");
      if (view === "list" || view === "graph") into.viewMode = view satisfies ViewMode;
    },
  },
};

export function encodeShareable(state: ShareableState, scope: { allYears: boolean; focusYear: number | null } = { allYears: false, focusYear: null }): string {
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
  };
  const ignored: string[] = [];
  for (const spec of Object.values(urlKeys)) spec.decode(params, index, state, ignored, defaults);
  return { state, ignored };
}

/** Whether a link asks for every year rather than the default year's view: `years=all`, or a focus year other than the default. */
export function wantsAllYears(search: string, defaultYear: number | null): boolean {
  const params = new URLSearchParams(search);
  const year = params.get("year");
  return params.get("years") === "all" || (year !== null && /^\d{4}$/.test(year) && Number(year) !== defaultYear && defaultYear !== null);
}
