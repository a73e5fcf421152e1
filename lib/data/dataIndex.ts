import index from "@/data/index.json";
import type { DataIndex } from "@/lib/model/dataFiles";

// data/index.json as the pages read it at build time: which years data/ holds, and the
// one the explorer opens on. Nothing about a year is written into the pages themselves.

export const dataIndex: DataIndex = index;

/** Every year data/ holds, in order: the year picker's choices and the span of the all-years view. */
export const availableYears: readonly number[] = dataIndex.years.map((entry) => entry.year);

/** The year the explorer opens on: the year of the reference facts, which the ingest writes to data/index.json. */
export const defaultYear = dataIndex.defaultYear;
