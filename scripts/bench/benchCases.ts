// What `npm run bench` measures, in the order of one run. Each explorer view is followed by
// its anchor at the same size, so that a ratio compares two pages measured seconds apart.

export type ViewSite = "app" | "anchors";

export interface ViewCase {
  key: string;
  site: ViewSite;
  path: string;
  /** Wait for bench:settled (graphs). */
  settle: boolean;
  /** Zoom and pan it after the first render (false for a page with no view to move). */
  moves: boolean;
}

export type AppServer = "app" | "uncompressed";

export interface AppCase {
  key: string;
  server: AppServer;
  path: string;
  heading: string;
  repeatOffline?: boolean;
}

const timeline = (n: number): ViewCase => ({ key: `timeline ${n}`, site: "app", path: `/bench/timeline/?n=${n}`, settle: false, moves: true });
const visTimeline = (n: number): ViewCase => ({ key: `vis-timeline ${n}`, site: "anchors", path: `/vis-timeline/?n=${n}`, settle: false, moves: true });
const graph = (n: number): ViewCase => ({ key: `graph ${n}`, site: "app", path: `/bench/graph/?n=${n}`, settle: true, moves: true });
const d3Canvas = (n: number): ViewCase => ({ key: `d3 canvas ${n}`, site: "anchors", path: `/d3-canvas/?n=${n}`, settle: true, moves: true });

/** The same framework and root layout with none of the explorer: what a page costs before our code. */
export const EMPTY_PAGE = "empty page";

export const VIEW_CASES: readonly ViewCase[] = [
  { key: EMPTY_PAGE, site: "app", path: "/bench/floor/", settle: false, moves: false },
  timeline(220), visTimeline(220),
  timeline(2000), visTimeline(2000),
  timeline(10000), visTimeline(10000),
  graph(100),
  graph(1000), d3Canvas(1000),
  graph(5000), d3Canvas(5000),
  graph(20000),
];

const YEAR_2003 = "The Security Council in 2003";
const ALL_YEARS = "The Security Council, 1946–2022";

export const APP_CASES: readonly AppCase[] = [
  { key: "explorer 2003", server: "app", path: "/", heading: YEAR_2003 },
  { key: "explorer all years", server: "app", path: "/?years=all", heading: ALL_YEARS },
  { key: "explorer all years, uncompressed server", server: "uncompressed", path: "/?years=all", heading: ALL_YEARS },
  { key: "explorer 2003, repeat visit offline", server: "app", path: "/", heading: YEAR_2003, repeatOffline: true },
];

/** The cases whose key contains `only` (case-insensitive); all of them without it. */
export function selectCases<T extends { key: string }>(cases: readonly T[], only: string | undefined): T[] {
  if (only === undefined) return [...cases];
  const wanted = only.toLowerCase();
  return cases.filter((benchCase) => benchCase.key.toLowerCase().includes(wanted));
}
