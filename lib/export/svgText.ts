/** Text and attribute values for SVG built as a string: every data value goes through this. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[char]!);
}

/** Numbers in SVG, rounded to a tenth of a pixel: smaller files, the same picture. */
export const px = (value: number) => String(Math.round(value * 10) / 10);

/** A rough width of text in a sans-serif face, for laying out a legend without a canvas. */
export function textWidthEstimate(text: string, fontPx: number): number {
  return text.length * fontPx * 0.56;
}

/** Lines of at most `maxWidth` (estimated), broken at spaces; a word longer than a line stands alone. */
export function wrapText(text: string, maxWidth: number, fontPx: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidthEstimate(candidate, fontPx) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}
