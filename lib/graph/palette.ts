import type { GraphEdgeKind, GraphNodeKind } from "./types";

/**
 * Okabe–Ito colours, which stay apart for the common colour-vision deficiencies; kinds
 * also differ by shape (nodes) and by width or dash (edges), so colour is never the only cue.
 * Each fill has a darker outline, so light fills keep 3:1 contrast on the page background.
 */
export const nodeStyle: Record<GraphNodeKind, { fill: string; stroke: string; shape: NodeShape; label: string }> = {
  state: { fill: "#56B4E9", stroke: "#1f5f86", shape: "circle", label: "State" },
  organization: { fill: "#E69F00", stroke: "#7a5400", shape: "square", label: "Organization" },
  person: { fill: "#CC79A7", stroke: "#7d3563", shape: "triangle", label: "Person" },
  group: { fill: "#009E73", stroke: "#00573f", shape: "diamond", label: "Group" },
  meeting: { fill: "#4d4d4d", stroke: "#4d4d4d", shape: "dot", label: "Meeting" },
};

export type NodeShape = "circle" | "square" | "triangle" | "diamond" | "dot";

export const edgeStyle: Record<GraphEdgeKind, { color: string; width: number; label: string }> = {
  presided: { color: "#D55E00", width: 1.6, label: "Presided" },
  spoke: { color: "#6b7280", width: 1, label: "Spoke" },
  "spoke-on-behalf": { color: "#0072B2", width: 2, label: "Spoke on behalf of" },
  "aligned-with": { color: "#009E73", width: 1.4, label: "Aligned with" },
  "represented-by": { color: "#CC79A7", width: 1.6, label: "Represented by" },
  "subject-of": { color: "#E69F00", width: 1.4, label: "Subject of" },
  present: { color: "#9ca3af", width: 0.8, label: "Present, did not speak" },
};

/** Inferred edges are dashed and lighter; stated ones solid. */
export const inferredDash: readonly number[] = [4, 3];
export const inferredAlpha = 0.75;

/** Opacity by DisplayState (hidden, dimmed, normal, highlighted, selected). */
export const nodeAlpha = [0, 0.25, 1, 1, 1] as const;
/**
 * Meetings are hundreds of small dots: at full strength they grey the whole picture.
 * Plain ones stay visible but light, and with a selection the others all but vanish.
 */
export const meetingAlpha = [0, 0.1, 0.45, 1, 1] as const;
export const edgeAlpha = [0, 0.05, 0.5, 0.95, 0.95] as const;

/**
 * Opacity of plain edges by how many there are: clear for a few dozen, light for ten
 * thousand, where full-strength lines would merge into one mass. Never full strength:
 * with nothing selected the lines are the background the names are read against.
 */
export function plainEdgeAlpha(edgeCount: number): number {
  const crowding = Math.min(1, Math.max(0, (Math.log10(Math.max(edgeCount, 1)) - 2.3) / 1.8));
  return 0.7 - crowding * 0.45;
}

export const selectionColor = "#000000";
export const focusColor = "#0b57d0";
export const labelColor = "#1b1b1f";
/** Labels of nodes a selection dims: 5.7:1 on the background (the others 16.6:1), legible on a projector but receding. */
export const dimmedLabelColor = "#60646d";
/** An opaque halo of the background's colour keeps text legible over lines and dots. */
export const labelHalo = "#fbfbfa";
export const labelHaloWidth = 4;
export const backgroundColor = "#fbfbfa";
