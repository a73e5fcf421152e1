// Text widths for label placement, measured once per string on a shared 2D context.

export type MeasureText = (text: string) => number;

export function createTextMeasurer(font: string, limit = 20000): MeasureText {
  let context: CanvasRenderingContext2D | null = null;
  const cache = new Map<string, number>();
  return (text) => {
    const cached = cache.get(text);
    if (cached !== undefined) return cached;
    if (!context) {
      context = document.createElement("canvas").getContext("2d");
      if (!context) return text.length * 7;
      // Set once: the context is ours alone, and parsing the font string again on every
      // new text was a good part of the first frame's measuring.
      context.font = font;
    }
    const width = context.measureText(text).width;
    if (cache.size >= limit) cache.clear();
    cache.set(text, width);
    return width;
  };
}
