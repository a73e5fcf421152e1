// The design tokens of app/globals.css (:root) as values, for code that paints on a
// canvas: a canvas cannot use var(--fg), and reading computed styles every frame costs
// a style recalculation. theme.test.ts reads globals.css and fails when they differ, so
// a colour is changed in the CSS and here together.

export const cssTokens = {
  fg: "#1b1b1f",
  fgSecondary: "#4a4d55",
  muted: "#5c5f66",
  bg: "#fbfbfa",
  surface: "#ffffff",
  line: "#d9dbe0",
  controlBorder: "#8a8f98",
  accent: "#1f4fa3",
  accentSoft: "#e7eefb",
  warningBg: "#fff4d6",
  laneAlt: "#f2f3f5",
  focusRing: "#1d4ed8",
  focusRingWidth: "3px",
  okabeOrange: "#e69f00",
  okabeSkyBlue: "#56b4e9",
  okabeGreen: "#009e73",
  okabeBlue: "#0072b2",
  okabeVermillion: "#d55e00",
  okabePurple: "#cc79a7",
  fontSans: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  radius: "6px",
} as const;

export type CssToken = keyof typeof cssTokens;

/** "fgSecondary" -> "--fg-secondary", the custom property the token mirrors. */
export function cssVariableOf(token: CssToken): string {
  return `--${token.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

/** Focus ring width in pixels, for canvases that draw the ring themselves. */
export const focusRingWidthPx = Number.parseFloat(cssTokens.focusRingWidth);

/** A canvas font in the page's typeface: `canvasFont(12)`, `canvasFont(12, 600)`. */
export function canvasFont(sizePx: number, weight?: number): string {
  return `${weight ? `${weight} ` : ""}${sizePx}px ${cssTokens.fontSans}`;
}

/**
 * The timeline canvas: lanes, grid, marks and the time window. Colours the CSS does not
 * use are only here; the rest come from the tokens above.
 */
export const timelineTheme = {
  laneFill: [cssTokens.surface, cssTokens.laneAlt],
  grid: "#dcdfe4",
  gridStrong: "#b9bdc5",
  ink: cssTokens.fg,
  outline: "rgba(27, 27, 31, 0.8)",
  ringEdge: "rgba(27, 27, 31, 0.55)",
  barEdge: "rgba(27, 27, 31, 0.45)",
  windowFill: "rgba(0, 114, 178, 0.12)",
  windowEdge: cssTokens.okabeBlue,
  draftFill: "rgba(27, 27, 31, 0.10)",
  dimAlpha: 0.22,
  labelFont: canvasFont(12),
  countFont: canvasFont(12, 600),
  /** Meeting labels and counts, in CSS px: the fonts above. */
  textPx: 12,
  /** Marks are drawn this many times their usual size. */
  markScale: 1,
};

/** What the timeline canvas paints with: the page's theme or the projector's. */
export type TimelineTheme = { [Key in keyof typeof timelineTheme]: Key extends "laneFill" ? readonly string[] : (typeof timelineTheme)[Key] extends number ? number : string };

/**
 * The graph canvas. Node fills and edge colours are the Okabe–Ito tokens; each fill has a
 * darker outline so light fills keep 3:1 contrast on the page background.
 */
export const graphTheme = {
  nodes: {
    state: { fill: cssTokens.okabeSkyBlue, stroke: "#1f5f86" },
    organization: { fill: cssTokens.okabeOrange, stroke: "#7a5400" },
    person: { fill: cssTokens.okabePurple, stroke: "#7d3563" },
    group: { fill: cssTokens.okabeGreen, stroke: "#00573f" },
    // A territory is no state: the state's blue, paler, in a square.
    territory: { fill: cssTokens.accentSoft, stroke: "#1f5f86" },
    meeting: { fill: "#4d4d4d", stroke: "#4d4d4d" },
  },
  edges: {
    presided: cssTokens.okabeVermillion,
    spoke: "#6b7280",
    "spoke-on-behalf": cssTokens.okabeBlue,
    "aligned-with": cssTokens.okabeGreen,
    "represented-by": cssTokens.okabePurple,
    "subject-of": cssTokens.okabeOrange,
    present: "#9ca3af",
    // Okabe–Ito's colours are spent on the links above: these three take darker colours of
    // Paul Tol's schemes, each unlike every other link's. A veto drawn in the presided
    // link's vermilion, or a letter's author in the speakers' grey, read as the other.
    voted: "#882255",
    sponsored: "#332288",
    raised: "#997700",
  },
  selection: "#000000",
  focus: cssTokens.focusRing,
  label: cssTokens.fg,
  /** Labels of nodes a selection dims: 5.7:1 on the background (the others 16.6:1), legible on a projector but receding. */
  dimmedLabel: "#60646d",
  /** An opaque halo of the background's colour keeps text legible over lines and dots. */
  labelHalo: cssTokens.bg,
  background: cssTokens.bg,
  captionFill: cssTokens.surface,
  captionDetail: cssTokens.fgSecondary,
  /** The hover caption's border and the legend's sample of an inferred link: the plain "spoke" grey. */
  neutral: "#6b7280",
} as const;

/** The graph canvas's names: size and colours, which presentation mode changes. */
export interface GraphTextTheme {
  labelPx: number;
  label: string;
  dimmedLabel: string;
  halo: string;
}

export const graphTextTheme: GraphTextTheme = { labelPx: 14, label: graphTheme.label, dimmedLabel: graphTheme.dimmedLabel, halo: graphTheme.labelHalo };

/**
 * Presentation mode, for a projector at the back of a room: black ink on white, lanes and
 * dimmed names a step darker so a washed-out projector still tells them apart; outcome
 * glyphs and node kinds keep their shapes and Okabe–Ito colours. Type is 24 CSS px at
 * 1920 × 1080 and scales with the screen below that (never under 16 px), so text takes
 * the same share of the projected picture on an old 1024 × 768 projector: what matters at
 * the back of the room is the size on the wall. The CSS side reads `--presentation-text`.
 */
export const presentationTextPx = 24;
const presentationMinTextPx = 16;

/** Presentation type size for a viewport: 24 px at 1920 × 1080 and above, in proportion below. */
export function presentationTextPxFor(width: number, height: number): number {
  const share = Math.min(width / 1920, height / 1080);
  return Math.round(Math.min(presentationTextPx, Math.max(presentationMinTextPx, presentationTextPx * share)));
}

const timelineThemes = new Map<number, TimelineTheme>();
const graphThemes = new Map<number, GraphTextTheme>();

export function presentationTimelineTheme(textPx: number): TimelineTheme {
  let theme = timelineThemes.get(textPx);
  if (!theme) {
    theme = {
      ...timelineTheme,
      laneFill: ["#ffffff", "#e9ebef"],
      grid: "#b9bdc5",
      gridStrong: "#8a8f98",
      ink: "#000000",
      outline: "rgba(0, 0, 0, 0.9)",
      ringEdge: "rgba(0, 0, 0, 0.75)",
      barEdge: "rgba(0, 0, 0, 0.6)",
      windowFill: "rgba(0, 114, 178, 0.16)",
      dimAlpha: 0.3,
      labelFont: canvasFont(textPx, 600),
      countFont: canvasFont(textPx, 700),
      textPx,
      markScale: 1 + (0.8 * textPx) / presentationTextPx,
    };
    timelineThemes.set(textPx, theme);
  }
  return theme;
}

export function presentationGraphTextTheme(textPx: number): GraphTextTheme {
  let theme = graphThemes.get(textPx);
  if (!theme) {
    theme = { labelPx: textPx, label: "#000000", dimmedLabel: "#3d4048", halo: "#ffffff" };
    graphThemes.set(textPx, theme);
  }
  return theme;
}
