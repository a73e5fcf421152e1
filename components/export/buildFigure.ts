import type { ViewFigureRegistry } from "@/components/hooks/viewFigures";
import { figureSvg, type LegendGroup } from "@/lib/export/figureSvg";
import { viewFigure, type ViewFigure, type ViewFigureKind } from "@/lib/export/viewFigure";

export type FigureChoice = ViewFigureKind | "both";

/** The figure of the chosen views as they are on screen, or a message naming what is not ready. */
export function buildFigure(registry: ViewFigureRegistry, choice: FigureChoice, title: string, sourceLine: string): { svg: string; width: number; height: number } | { error: string } {
  const kinds: ViewFigureKind[] = choice === "both" ? ["timeline", "graph"] : [choice];
  const figures: ViewFigure[] = [];
  for (const kind of kinds) {
    const source = registry.figure(kind);
    if (!source) return { error: `The ${kind} is not drawn yet (in the list view, or still loading); nothing was exported.` };
    figures.push(viewFigure(source));
  }
  const legend: LegendGroup[] = figures.flatMap((figure) => figure.legend);
  return figureSvg({ title, panels: figures.map((figure) => figure.panel), legend, sourceLine });
}
