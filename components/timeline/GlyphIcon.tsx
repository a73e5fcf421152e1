import type { OutcomeClass } from "@/lib/model/outcomeClass";
import { glyphForOutcome, glyphPath } from "@/lib/timeline/glyphs";

/** The canvas glyph of an outcome as a small SVG, for the legend. */
export function GlyphIcon({ outcome, color = "#5c5f66", size = 14 }: { outcome: OutcomeClass; color?: string; size?: number }) {
  const { shape, hollow } = glyphForOutcome[outcome];
  const box = size + 6;
  const d = glyphPath(shape, size - 2);
  return (
    <svg width={box} height={box} viewBox={`${-box / 2} ${-box / 2} ${box} ${box}`} aria-hidden="true" focusable="false">
      {hollow ? (
        <>
          <path d={d} fill="none" stroke="rgba(27,27,31,0.55)" strokeWidth={4} />
          <path d={d} fill="none" stroke={color} strokeWidth={2.4} />
        </>
      ) : (
        <path d={d} fill={color} stroke="rgba(27,27,31,0.8)" strokeWidth={1} />
      )}
    </svg>
  );
}
