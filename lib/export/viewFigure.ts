import type { OutcomeClass } from "@/lib/model/outcomeClass";
import type { GraphEdgeKind, GraphNodeKind } from "@/lib/graph/types";
import { graphLegend, timelineLegend } from "./figureLegend";
import type { LegendGroup, SvgPanel } from "./figureSvg";
import { graphSvgPanel, type GraphFigureInput } from "./graphSvg";
import { timelineSvgPanel, type TimelineFigureInput } from "./timelineSvg";

export type ViewFigureKind = "timeline" | "graph";

/**
 * What a view drew, as plain data: the renderers hand this over (cheaply, and without
 * loading any SVG code into the first page load); the export dialog turns it into SVG.
 */
export type ViewFigureSource =
  | { kind: "timeline"; input: TimelineFigureInput; outcomes: readonly OutcomeClass[] }
  | { kind: "graph"; input: GraphFigureInput; nodeKinds: readonly GraphNodeKind[]; edgeKinds: readonly GraphEdgeKind[]; hasInferred: boolean };

/** One view ready for a figure: its picture as SVG and what its marks mean. */
export interface ViewFigure {
  panel: SvgPanel;
  legend: LegendGroup[];
}

export function viewFigure(source: ViewFigureSource): ViewFigure {
  if (source.kind === "timeline") return { panel: timelineSvgPanel(source.input), legend: timelineLegend(source.outcomes, source.input.model.lanes) };
  return { panel: graphSvgPanel(source.input), legend: graphLegend(source.nodeKinds, source.edgeKinds, source.hasInferred) };
}
