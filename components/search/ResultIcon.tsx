import { GlyphIcon } from "@/components/timeline/GlyphIcon";
import { nodeStyle } from "@/lib/graph/palette";
import type { SearchResultType } from "@/lib/search/searchIndex";

/**
 * A result's icon is the one the rest of the page uses for that kind of thing: a meeting
 * shows its outcome's glyph from the timeline's legend, an entity its node shape and
 * colour from the graph's legend.
 */
export function ResultIcon({ type }: { type: SearchResultType }) {
  if (type.kind === "meeting") return <GlyphIcon outcome={type.outcome} size={13} />;
  const { shape, fill, stroke } = nodeStyle[type.entityKind];
  const common = { fill, stroke, strokeWidth: 1 };
  return (
    <svg width="19" height="19" viewBox="-9.5 -9.5 19 19" aria-hidden="true" focusable="false">
      {shape === "circle" ? <circle r="6.5" {...common} /> : null}
      {shape === "square" ? <rect x="-6" y="-6" width="12" height="12" {...common} /> : null}
      {shape === "triangle" ? <polygon points="0,-7.5 6.5,4 -6.5,4" {...common} /> : null}
      {shape === "diamond" ? <polygon points="0,-7.5 7.5,0 0,7.5 -7.5,0" {...common} /> : null}
    </svg>
  );
}
