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
} as const;

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
    voted: cssTokens.okabeVermillion,
    sponsored: cssTokens.okabeBlue,
    raised: "#6b7280",
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
