import { describe, expect, it } from "vitest";
import { dayOfIso } from "./dates";
import { presidencyLabels } from "./presidencyLabels";

const presidencies = [
  { month: "2003-01", entityId: "state:FRA" },
  { month: "2003-02", entityId: "state:DEU" },
  { month: "2003-04", entityId: "state:MEX" },
];
const names: Record<string, string> = { "state:FRA": "France", "state:DEU": "Germany", "state:MEX": "Mexico" };
const nameOf = (id: string) => ({ name: names[id]!, code: id.slice(6) });
const measure = (text: string) => text.length * 8;
const startDay = dayOfIso("2003-01-01");

describe("presidency labels", () => {
  it("writes the presiding state's name under each month in view", () => {
    const labels = presidencyLabels(presidencies, nameOf, { startDay, pxPerDay: 3, width: 1095 }, measure);
    expect(labels.map((label) => [label.month, label.text])).toEqual([["2003-01", "France"], ["2003-02", "Germany"], ["2003-04", "Mexico"]]);
    expect(labels[0]!.x).toBeCloseTo(46.5);
  });

  it("falls back to the ISO code when the name is too wide for the month", () => {
    const labels = presidencyLabels(presidencies, nameOf, { startDay, pxPerDay: 1.6, width: 600 }, measure);
    expect(labels[0]!.text).toBe("FRA");
  });

  it("centres a label on the visible part of a month cut by the edge of the view", () => {
    const labels = presidencyLabels(presidencies, nameOf, { startDay: startDay + 20, pxPerDay: 10, width: 400 }, measure);
    expect(labels[0]).toMatchObject({ month: "2003-01", x: 55, text: "France" });
    expect(Number.isNaN(labels[0]!.monthStartX)).toBe(true);
    expect(labels[1]!.monthStartX).toBe(110);
  });

  it("writes nothing when months are too narrow, as over decades", () => {
    expect(presidencyLabels(presidencies, nameOf, { startDay, pxPerDay: 0.05, width: 1000 }, measure)).toEqual([]);
  });
});
