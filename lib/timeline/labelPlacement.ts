// Labels sit to the right of their mark, inside the mark's row. Within a row a label may
// run only up to the next mark, so two labels can never overlap; rows are at least a
// text line apart, so labels of different rows cannot either.

export interface LabelCandidate {
  /** Whatever the caller needs back, e.g. the meeting index. */
  key: number;
  /** Centre of the mark. */
  x: number;
  y: number;
  /** Lane and row together name the line the label lives on. */
  lane: number;
  row: number;
  /** Half the mark's width. */
  radius: number;
  full: string;
  short: string;
}

export interface PlacedLabel {
  key: number;
  x: number;
  y: number;
  text: string;
  width: number;
}

export interface LabelOptions {
  /** Labels end at the plot's right edge. */
  maxX: number;
  /** Space between a mark and its label, and between a label and the next mark. */
  gap?: number;
  /** A truncated topic must keep at least this many characters, or the short label is used. */
  minTopicChars?: number;
}

const ellipsis = "…";

/**
 * A prefix of `text` with an ellipsis that fits `width`, or null. The length is estimated
 * from the full text's average character width and then checked, so a frame with hundreds
 * of labels measures each a few times rather than searching.
 */
function truncateToWidth(text: string, fullWidth: number, width: number, measure: (text: string) => number, minChars: number): string | null {
  const charWidth = fullWidth / Math.max(text.length, 1);
  let chars = Math.min(text.length - 1, Math.floor(width / charWidth) - 1);
  while (chars >= minChars) {
    const candidate = text.slice(0, chars).trimEnd() + ellipsis;
    const candidateWidth = measure(candidate);
    if (candidateWidth <= width) return candidate;
    chars -= Math.max(1, Math.ceil((candidateWidth - width) / charWidth));
  }
  return null;
}

function chooseText(candidate: LabelCandidate, room: number, measure: (text: string) => number, minTopicChars: number): { text: string; width: number } | null {
  const fullWidth = measure(candidate.full);
  if (fullWidth <= room) return { text: candidate.full, width: fullWidth };
  const truncated = truncateToWidth(candidate.full, fullWidth, room, measure, candidate.short.length + 1 + minTopicChars);
  if (truncated) return { text: truncated, width: measure(truncated) };
  const shortWidth = measure(candidate.short);
  return shortWidth <= room ? { text: candidate.short, width: shortWidth } : null;
}

export function placeLabels(candidates: readonly LabelCandidate[], measure: (text: string) => number, options: LabelOptions): PlacedLabel[] {
  const gap = options.gap ?? 4;
  const minTopicChars = options.minTopicChars ?? 6;
  const lines = new Map<string, LabelCandidate[]>();
  for (const candidate of candidates) {
    const key = `${candidate.lane}:${candidate.row}`;
    const line = lines.get(key);
    if (line) line.push(candidate);
    else lines.set(key, [candidate]);
  }
  const placed: PlacedLabel[] = [];
  for (const line of lines.values()) {
    line.sort((a, b) => a.x - b.x);
    line.forEach((candidate, i) => {
      const next = line[i + 1];
      const start = candidate.x + candidate.radius + gap;
      const end = next ? next.x - next.radius - gap : options.maxX;
      const chosen = chooseText(candidate, end - start, measure, minTopicChars);
      if (chosen) placed.push({ key: candidate.key, x: start, y: candidate.y, ...chosen });
    });
  }
  return placed;
}
