import type { Dataset, PresidencyMonth, SubjectAreaInfo } from "@/lib/model/dataset";
import type { Entity } from "@/lib/model/schema";
import { bundleYears, yearsInBundle, type YearsBundle } from "./yearsBundle";

// The default year as the page hands it to the browser. The page's props travel inline in
// its HTML (the RSC payload), which the browser parses and revives value by value before
// anything is drawn: written as a years bundle (lib/data/yearsBundle.ts) the year's
// meetings and edges take about a third of the bytes and far fewer values. Entities,
// presidencies and subject areas are few and go as they are.

export interface ShippedYear {
  year: number;
  /** The year's meetings and participations, as a bundle of one year. */
  files: YearsBundle;
  entities: Entity[];
  presidencies: PresidencyMonth[];
  subjectAreas: SubjectAreaInfo[];
}

/** The page's dataset (one year's, assembled) as the page ships it. */
export function shipYear(dataset: Dataset): ShippedYear {
  const [year, ...others] = dataset.years;
  if (year === undefined || others.length > 0) throw new Error(`shipYear: expected the dataset of one year, got years ${JSON.stringify(dataset.years)}`);
  return {
    year,
    files: bundleYears([{ year, meetings: dataset.meetings, participations: dataset.participations }]),
    entities: dataset.entities,
    presidencies: dataset.presidencies,
    subjectAreas: dataset.subjectAreas,
  };
}

/**
 * The dataset again, equal to the one shipped. The bundle was written by the build from
 * validated data, so a fault here is a broken build: it throws, naming it, for the page's
 * error boundary to show.
 */
export function datasetOfShipped(shipped: ShippedYear): Dataset {
  const read = yearsInBundle(shipped.files);
  if ("refused" in read) throw new Error(`The page's own data for ${shipped.year} could not be read: ${read.refused}`);
  const fault = read.faults.find(({ year }) => year === shipped.year);
  const records = read.years.get(shipped.year);
  if (!records) throw new Error(`The page's own data for ${shipped.year} could not be read: ${fault?.message ?? "the year is missing"}`);
  return {
    years: [shipped.year],
    meetings: records.meetings,
    participations: records.participations,
    entities: shipped.entities,
    presidencies: shipped.presidencies,
    subjectAreas: shipped.subjectAreas,
  };
}
