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

  it("writes every month's ISO code when one month's name is too wide for it: one style for the row", () => {
    // At 1.85 px a day February (28 days) has 39.8 px for "Germany" (56 px); January has room for "France".
    const labels = presidencyLabels(presidencies, nameOf, { startDay, pxPerDay: 1.85, width: 600 }, measure);
    expect(labels.map((label) => label.text)).toEqual(["FRA", "DEU", "MEX"]);
  });

  it("keeps a code whose month is too narrow for the padding names keep, as on a projector", () => {
    // At 1.45 px a day February has 40.6 px: a code 36 px wide (16 px type on a projector) fits with 2 px
    // either side, not with the 6 px padding names keep.
    const wide = (text: string) => (text.length === 3 ? 36 : text.length * 8);
    const labels = presidencyLabels(presidencies, nameOf, { startDay, pxPerDay: 1.45, width: 180 }, wide);
    expect(labels.map((label) => label.text)).toEqual(["FRA", "DEU", "MEX"]);
  });

  it("leaves out a month cut by the edge that has no room for the row's form", () => {
    // Only 3 days of January in view: no room for "France"; February and April have room for names.
    const labels = presidencyLabels(presidencies, nameOf, { startDay: startDay + 28, pxPerDay: 4, width: 400 }, measure);
    expect(labels.map((label) => label.text)).toEqual(["Germany", "Mexico"]);
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
