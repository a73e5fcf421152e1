import { entityKindLabels } from "@/lib/model/vocabularyLabels";
import { upperFirst } from "@/lib/text/upperFirst";
import { graphTheme } from "@/lib/theme/theme";
import type { GraphEdgeKind, GraphNodeKind } from "./types";

/**
 * Okabe–Ito colours (lib/theme), which stay apart for the common colour-vision
 * deficiencies; kinds also differ by shape (nodes) and by width or dash (edges), so colour
 * is never the only cue.
 */
export const nodeStyle: Record<GraphNodeKind, { fill: string; stroke: string; shape: NodeShape; label: string }> = {
  state: { ...graphTheme.nodes.state, shape: "circle", label: upperFirst(entityKindLabels.state.one) },
  organization: { ...graphTheme.nodes.organization, shape: "square", label: upperFirst(entityKindLabels.organization.one) },
  person: { ...graphTheme.nodes.person, shape: "triangle", label: upperFirst(entityKindLabels.person.one) },
  group: { ...graphTheme.nodes.group, shape: "diamond", label: upperFirst(entityKindLabels.group.one) },
  territory: { ...graphTheme.nodes.territory, shape: "square", label: upperFirst(entityKindLabels.territory.one) },
  meeting: { ...graphTheme.nodes.meeting, shape: "dot", label: "Meeting" },
};

export type NodeShape = "circle" | "square" | "triangle" | "diamond" | "dot";

export const edgeStyle: Record<GraphEdgeKind, { color: string; width: number; label: string }> = {
  presided: { color: graphTheme.edges.presided, width: 1.6, label: "Presided" },
  spoke: { color: graphTheme.edges.spoke, width: 1, label: "Spoke" },
  "spoke-on-behalf": { color: graphTheme.edges["spoke-on-behalf"], width: 2, label: "Spoke on behalf of" },
  "aligned-with": { color: graphTheme.edges["aligned-with"], width: 1.4, label: "Aligned with" },
  "represented-by": { color: graphTheme.edges["represented-by"], width: 1.6, label: "Represented by" },
  "subject-of": { color: graphTheme.edges["subject-of"], width: 1.4, label: "Subject of" },
  present: { color: graphTheme.edges.present, width: 0.8, label: "Present, did not speak" },
  voted: { color: graphTheme.edges.voted, width: 1.6, label: "Vote (veto, against, abstention, not participating)" },
  sponsored: { color: graphTheme.edges.sponsored, width: 1.2, label: "Sponsored the draft" },
  raised: { color: graphTheme.edges.raised, width: 1, label: "Raised the matter" },
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

export const selectionColor = graphTheme.selection;
export const focusColor = graphTheme.focus;
export const labelColor = graphTheme.label;
export const dimmedLabelColor = graphTheme.dimmedLabel;
export const labelHalo = graphTheme.labelHalo;
export const labelHaloWidth = 4;
export const backgroundColor = graphTheme.background;
