import type { Meeting, Participation } from "@/lib/model/schema";
import { BundleColumns, BundleFault, BundleTables } from "./bundleColumns";
import { BundleTablesWriter, YearColumnsWriter } from "./bundleColumnsWriter";
import { meetingCodec, participationCodec } from "./bundledRecords";
import { isCount, type Codec, type Slice } from "./columnCodec";
import { checkShapesOf, isPlainObject, writeRecords } from "./recordCodec";
import { meetingsOfYear, participationsFile } from "./dataFileShapes";
import { checkShape, describeValue, type ShapeCheck } from "./shapeChecks";

// Every year's files of data/ in one, for the all-years view: one request instead of two
// per year, and cheap to read. The records are data/'s, written as columns
// (lib/data/columnCodec.ts, lib/data/bundledRecords.ts) with the bundle's strings in one
// table, and read back equal to data/'s, key for key. Reading checks every value, so a
// year that comes out of the bundle needs no shape check; a year it cannot read is named
// and left to its own files, which stay the source of truth and the fallback.

export const YEARS_BUNDLE_FILE = "all-years.json";
const FORMAT = "council-explorer/years-bundle";
const VERSION = 2;

/** A year's two files of data/: what the bundle is made of. */
export interface YearFiles {
  year: number;
  meetings: readonly unknown[];
  participations: readonly unknown[];
}

interface BundledYear {
  year: number;
  /** How many records of each kind the year's columns hold. */
  meetings: number;
  participations: number;
  columns: Record<string, unknown[]>;
}

export interface YearsBundle {
  format: typeof FORMAT;
  version: typeof VERSION;
  strings: string[];
  /** Per record path, the shapes its records have: their keys in order, each with how it is kept. */
  shapes: Record<string, string[][]>;
  years: BundledYear[];
}

/** The top records of each year, each with the path of its columns and the check its own file gets. */
const kinds = [
  { name: "meetings", path: "meeting", codec: meetingCodec as Codec, fileCheck: (year: number): ShapeCheck => meetingsOfYear(year) },
  { name: "participations", path: "participation", codec: participationCodec as Codec, fileCheck: (): ShapeCheck => participationsFile },
] as const;

/** The bundle of the given years' files, in the order given. */
export function bundleYears(years: readonly YearFiles[]): YearsBundle {
  const tables = new BundleTablesWriter();
  const written = years.map((files) => {
    const columns = new YearColumnsWriter(tables);
    for (const { name, path, codec } of kinds) writeRecords(codec, columns, path, files[name]);
    return { files, columns };
  });
  const strings = tables.strings();
  const indexOf = new Map(strings.map((text, i) => [text, i]));
  return {
    format: FORMAT,
    version: VERSION,
    strings,
    shapes: tables.shapes(),
    years: written.map(({ files, columns }) => ({ year: files.year, meetings: files.meetings.length, participations: files.participations.length, columns: columns.columnsWith(indexOf) })),
  };
}

export interface YearRecords {
  meetings: Meeting[];
  participations: Participation[];
}

/** A year the bundle holds but could not give, and why. */
export interface BundleYearFault {
  year: number;
  message: string;
}

/**
 * What a fetched bundle holds: each year it could read, checked, and each it could not,
 * named; or, when the value is no bundle of this version or its shared tables are
 * wrong, why the whole of it was refused (the caller then fetches the years one by one).
 * Never throws.
 */
export function yearsInBundle(value: unknown): { years: Map<number, YearRecords>; faults: BundleYearFault[] } | { refused: string } {
  let opened: OpenedBundle;
  try {
    opened = openBundle(value);
  } catch (error) {
    return { refused: messageOf(error) };
  }
  const years = new Map<number, YearRecords>();
  const faults: BundleYearFault[] = [];
  for (const entry of opened.entries) {
    try {
      years.set(entry.year, readYear(opened, entry));
    } catch (error) {
      faults.push({ year: entry.year, message: messageOf(error) });
    }
  }
  return { years, faults };
}

interface OpenedBundle {
  columns: BundleColumns;
  /** Per kind of top record, its reader, made once for every year. */
  readers: Array<(count: number) => Slice>;
  entries: BundledYear[];
}

// Anything thrown while reading hostile input is reported, never passed on: even a fault the codecs did not foresee.
const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The shared tables and the list of years, checked, and the readers of the years' columns; faults when any of them is wrong. */
function openBundle(value: unknown): OpenedBundle {
  if (!isPlainObject(value) || value.format !== FORMAT) throw new BundleFault(`not a years bundle (format ${describeValue(isPlainObject(value) ? value.format : value)})`);
  if (value.version !== VERSION) throw new BundleFault(`a years bundle of version ${describeValue(value.version)}, not ${VERSION}`);
  if (!isPlainObject(value.shapes)) throw new BundleFault(`shapes: expected an object, got ${describeValue(value.shapes)}`);
  const tables = new BundleTables(BundleTables.stringsOf(value.strings), value.shapes);
  for (const { path, codec } of kinds) checkShapesOf(tables, codec, path);
  if (!Array.isArray(value.years)) throw new BundleFault(`years: expected an array, got ${describeValue(value.years)}`);
  const seen = new Set<number>();
  // Array.from visits every place, where map would pass over a hole.
  const entries = Array.from(value.years as unknown[], (entry, i) => {
    if (!isPlainObject(entry) || !Number.isInteger(entry.year) || !isCount(entry.meetings) || !isCount(entry.participations) || !isPlainObject(entry.columns)) {
      throw new BundleFault(`years[${i}]: expected {year, meetings, participations, columns}, got ${describeValue(entry)}`);
    }
    if (seen.has(entry.year as number)) throw new BundleFault(`years[${i}]: ${entry.year} twice`);
    seen.add(entry.year as number);
    return entry as unknown as BundledYear;
  });
  const columns = new BundleColumns(tables);
  return { columns, readers: kinds.map(({ path, codec }) => codec.reader(columns, path)), entries };
}

/** A year's records, read from its columns and checked; faults on the first wrong value. */
function readYear({ columns, readers }: OpenedBundle, entry: BundledYear): YearRecords {
  columns.startYear(entry.columns);
  const [meetings, participations] = kinds.map((kind, i) => {
    columns.unvouched = false;
    // A record codec's slice is its records, whole.
    const records = readers[i]!(entry[kind.name]).values as Array<Record<string, unknown>>;
    // Rare (a value data/'s contract does not allow, kept verbatim): the year gets the check its file would.
    if (columns.unvouched) {
      const problem = checkShape(kind.fileCheck(entry.year), records);
      if (problem) throw new BundleFault(`${kind.name}${problem}`);
    }
    return records;
  });
  columns.checkAllUsed();
  // The codecs vouch for a date, not for its year, which only the year's file implies.
  const prefix = `${entry.year}-`;
  meetings!.forEach(({ date }, i) => {
    if (typeof date === "string" && !date.startsWith(prefix)) throw new BundleFault(`meetings[${i}].date: ${date} is not in ${entry.year}`);
  });
  return { meetings: meetings as unknown as Meeting[], participations: participations as unknown as Participation[] };
}
