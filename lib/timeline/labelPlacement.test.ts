import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { placeLabels, type LabelCandidate } from "./labelPlacement";

const measure = (text: string) => text.length * 7;
const candidate = (key: number, x: number, row = 0, full = `${4700 + key} The situation in Liberia`): LabelCandidate => ({
  key, x, y: row * 16, lane: 0, row, radius: 5, full, short: String(4700 + key),
});

describe("label placement", () => {
  it("writes number and topic when there is room", () => {
    const [label] = placeLabels([candidate(1, 10)], measure, { maxX: 1000 });
    expect(label).toMatchObject({ key: 1, x: 19, text: "4701 The situation in Liberia" });
  });

  it("shortens the topic before it would reach the next mark, then falls back to the number", () => {
    const labels = placeLabels([candidate(1, 10), candidate(2, 130), candidate(3, 180)], measure, { maxX: 1000 });
    const byKey = new Map(labels.map((label) => [label.key, label.text]));
    expect(byKey.get(1)).toMatch(/^4701 The s.*…$/);
    expect(byKey.get(2)).toBe("4702");
    expect(byKey.get(3)).toBe("4703 The situation in Liberia");
  });

  it("leaves out a label that does not fit even as a number", () => {
    expect(placeLabels([candidate(1, 10), candidate(2, 30)], measure, { maxX: 1000 }).map((label) => label.key)).toEqual([2]);
  });

  it("never lets two labels overlap, for any marks on any rows", () => {
    const marks = fc.array(fc.record({ x: fc.integer({ min: 0, max: 800 }), row: fc.integer({ min: 0, max: 3 }) }), { maxLength: 60 });
    fc.assert(
      fc.property(marks, (raw) => {
        // Marks in one row never overlap each other; the packing guarantees it.
        const seen = new Set<string>();
        const unique = raw.filter(({ x, row }) => {
          const key = `${row}:${Math.round(x / 12)}`;
          return !seen.has(key) && seen.add(key);
        }).map(({ x, row }, i) => candidate(i, Math.round(x / 12) * 12, row));
        const labels = placeLabels(unique, measure, { maxX: 900 });
        for (const a of labels) {
          expect(a.x + a.width).toBeLessThanOrEqual(900);
          for (const b of labels) {
            if (a === b || a.y !== b.y) continue;
            expect(a.x + a.width <= b.x || b.x + b.width <= a.x).toBe(true);
          }
          for (const mark of unique) {
            if (mark.y !== a.y) continue;
            expect(mark.x + mark.radius <= a.x || mark.x - mark.radius >= a.x + a.width).toBe(true);
          }
        }
      }),
    );
  });
});
