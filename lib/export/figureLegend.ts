import type { OutcomeClass } from "@/lib/model/outcomeClass";
import { outcomeClassLabels } from "@/lib/model/vocabularyLabels";
import { edgeStyle, nodeStyle } from "@/lib/graph/palette";
import type { GraphEdgeKind, GraphNodeKind } from "@/lib/graph/types";
import { glyphForOutcome } from "@/lib/timeline/glyphs";
import type { TimelineLane } from "@/lib/timeline/timelineModel";
import { graphTheme } from "@/lib/theme/theme";
import type { LegendGroup } from "./figureSvg";

/** What the timeline's marks mean: the outcome glyphs present and the lane colours. */
export function timelineLegend(outcomes: readonly OutcomeClass[], lanes: readonly TimelineLane[]): LegendGroup[] {
  return [
    { title: "Outcome", entries: outcomes.map((outcome) => ({ kind: "glyph" as const, ...glyphForOutcome[outcome], label: outcomeClassLabels[outcome] })) },
    { title: "Subject area", entries: lanes.map((lane) => ({ kind: "swatch" as const, color: lane.color, label: lane.label })) },
  ];
}

/** What the graph's shapes and lines mean. */
export function graphLegend(nodeKinds: readonly GraphNodeKind[], edgeKinds: readonly GraphEdgeKind[], hasInferred: boolean): LegendGroup[] {
  const lines = edgeKinds.map((kind) => ({ kind: "line" as const, color: edgeStyle[kind].color, width: edgeStyle[kind].width, dashed: false, label: edgeStyle[kind].label }));
  if (hasInferred) lines.push({ kind: "line", color: graphTheme.neutral, width: 1, dashed: true, label: "Inferred by the app (dashed)" });
  return [
    { title: "Node", entries: nodeKinds.map((kind) => ({ kind: "node" as const, shape: nodeStyle[kind].shape, fill: nodeStyle[kind].fill, stroke: nodeStyle[kind].stroke, label: nodeStyle[kind].label })) },
    { title: "Link", entries: lines },
  ];
}
