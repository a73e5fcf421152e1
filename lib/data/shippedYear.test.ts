import { describe, expect, it } from "vitest";
import { base2003 } from "@/lib/imports/imports.testing";
import { datasetOfShipped, shipYear, type ShippedYear } from "./shippedYear";

/** The 2003 dataset, assembled from data/ as app/page.tsx assembles the default year. */
const pageDataset = base2003;
const year = pageDataset.years[0]!;

/** As the browser gets the page's props: serialised and parsed again. */
const sent = (shipped: ShippedYear): ShippedYear => JSON.parse(JSON.stringify(shipped)) as ShippedYear;

describe("the default year as the page ships it", () => {
  it("gives back data/'s dataset record for record, key order included", () => {
    const again = datasetOfShipped(sent(shipYear(pageDataset)));
    expect(again.meetings).toHaveLength(pageDataset.meetings.length);
    again.meetings.forEach((meeting, i) => expect(JSON.stringify(meeting), meeting.id).toBe(JSON.stringify(pageDataset.meetings[i])));
    again.participations.forEach((edge, i) => expect(JSON.stringify(edge), edge.id).toBe(JSON.stringify(pageDataset.participations[i])));
    expect(JSON.stringify(again)).toBe(JSON.stringify(pageDataset));
  });

  it("takes well under half the bytes of the dataset itself", () => {
    const shipped = JSON.stringify(shipYear(pageDataset)).length;
    expect(shipped).toBeLessThan(JSON.stringify(pageDataset).length / 2);
  });

  it("is made of one year's dataset only", () => {
    expect(() => shipYear({ ...pageDataset, years: [2002, 2003] })).toThrow(/one year/);
    expect(() => shipYear({ ...pageDataset, years: [] })).toThrow(/one year/);
  });

  it("names the year when what arrives cannot be read (a broken build)", () => {
    const shipped = sent(shipYear(pageDataset));
    expect(() => datasetOfShipped({ ...shipped, files: { ...shipped.files, version: 1 } as unknown as ShippedYear["files"] })).toThrow(`own data for ${year} could not be read`);
    expect(() => datasetOfShipped({ ...shipped, year: 1999 })).toThrow(/1999 could not be read: the year is missing/);
    const spoiled = sent(shipped);
    const firstColumn = Object.keys(spoiled.files.years[0]!.columns)[0]!;
    spoiled.files.years[0]!.columns[firstColumn] = ["not", "a", "column"];
    expect(() => datasetOfShipped(spoiled)).toThrow(`own data for ${year} could not be read`);
  });
});
