import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { dataLayout } from "@/lib/model/dataFiles";
import type { PresidencyMonth, SubjectAreaInfo } from "@/lib/model/dataset";
import type { Entity, Meeting, Participation } from "@/lib/model/schema";
import { assembleDataset } from "./assembleDataset";
import { defaultYear } from "./dataIndex";
import { datasetOfShipped, shipYear, type ShippedYear } from "./shippedYear";

const dataDir = path.resolve(__dirname, "../../data");
const read = <T>(file: string): T => JSON.parse(readFileSync(path.join(dataDir, file), "utf8")) as T;

/** The default year's dataset, assembled as app/page.tsx does at build time. */
const pageDataset = assembleDataset({
  years: [defaultYear],
  meetings: [read<Meeting[]>(dataLayout.meetings(defaultYear))],
  participations: [read<Participation[]>(dataLayout.participations(defaultYear))],
  entities: read<Entity[]>(dataLayout.entities),
  presidencies: read<PresidencyMonth[]>(dataLayout.presidencies),
  subjectAreas: read<SubjectAreaInfo[]>(dataLayout.subjectAreas),
});

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
    expect(() => datasetOfShipped({ ...shipped, files: { ...shipped.files, version: 1 } as unknown as ShippedYear["files"] })).toThrow(`own data for ${defaultYear} could not be read`);
    expect(() => datasetOfShipped({ ...shipped, year: 1999 })).toThrow(/1999 could not be read: the year is missing/);
    const spoiled = sent(shipped);
    const firstColumn = Object.keys(spoiled.files.years[0]!.columns)[0]!;
    spoiled.files.years[0]!.columns[firstColumn] = ["not", "a", "column"];
    expect(() => datasetOfShipped(spoiled)).toThrow(`own data for ${defaultYear} could not be read`);
  });
});
