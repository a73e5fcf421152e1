import type { BundleColumns } from "./bundleColumns";
import type { YearColumnsWriter } from "./bundleColumnsWriter";
import type { RecordCodec } from "./recordCodec";

// Codecs that write values as columns and read them back, checking every value as they
// go (the years bundle, lib/data/yearsBundle.ts, is fetched, and hostile input is normal
// input): strings, whole numbers, flags and lists here; records in lib/data/recordCodec.ts.
//
// Reading goes a column at a time: a codec reads all the values of its column that a year
// holds in one loop, and a list or record codec then puts its lists or records together in
// one more. The page reads the bundle once, before the JIT has warmed up, and a call per
// value (as a record-at-a-time reader makes) cost more than the parse it saves.

export interface Codec {
  /** Whether the codec can hold the value; one it cannot is kept verbatim by its record. */
  fits(value: unknown): boolean;
  write(value: unknown, year: YearColumnsWriter, path: string): void;
  /** Reads and checks the next `count` values from the current year's columns at this path; throws BundleFault on a wrong one. */
  reader(columns: BundleColumns, path: string): (count: number) => Slice;
  /** The record codecs within, by path, whose shapes the bundle's table must hold. */
  records(path: string): Array<[string, RecordCodec]>;
}

export const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

/**
 * Values a reader has checked, and how the codec reading them takes each: a leaf codec
 * hands out the range of its column rather than a new array (copies were a third of the
 * garbage reading made), and the list or record codec reading it resolves each value in
 * place: as is, as an index into the string table, or as 1 or 0 for true or false.
 */
export interface Slice {
  values: readonly unknown[];
  start: number;
  as: typeof asIs | typeof asText | typeof asFlag;
}
export const asIs = 0;
export const asText = 1;
export const asFlag = 2;

/** A string, kept as an index into the bundle's string table; `rule` says which strings are allowed. */
export function text(rule?: (text: string) => boolean, expected = "a string"): Codec {
  return {
    fits: (value) => typeof value === "string" && (!rule || rule(value)),
    write: (value, year, path) => year.text(path, value as string),
    reader(columns, path) {
      const column = columns.column(path);
      const { strings } = columns.tables;
      // Each distinct string is judged once, however many records use it: 0 not yet, 1 allowed, 2 not.
      const verdicts = rule ? columns.tables.verdictsFor(rule) : null;
      return (count) => {
        const start = column.claim(count);
        const { values } = column;
        for (let i = start; i < start + count; i++) {
          const index = values[i];
          if (typeof index !== "number" || !Number.isInteger(index) || index < 0 || index >= strings.length) throw column.wrong(i, `an index below ${strings.length}`, index);
          if (verdicts) {
            if (verdicts[index] === 0) verdicts[index] = rule!(strings[index]!) ? 1 : 2;
            if (verdicts[index] === 2) throw column.wrong(i, expected, strings[index]);
          }
        }
        return { values, start, as: asText };
      };
    },
    records: () => [],
  };
}

export function oneOf(words: readonly string[]): Codec {
  const allowed = new Set(words);
  return text((word) => allowed.has(word), `one of ${words.join(", ")}`);
}

/** A whole number from zero up. */
export const count: Codec = {
  fits: isCount,
  write: (value, year, path) => year.value(path, value),
  reader(columns, path) {
    const column = columns.column(path);
    return (count) => {
      const start = column.claim(count);
      const { values } = column;
      for (let i = start; i < start + count; i++) if (!isCount(values[i])) throw column.wrong(i, "a whole number", values[i]);
      return { values, start, as: asIs };
    };
  },
  records: () => [],
};

/** True or false, kept as 1 or 0. */
export const flag: Codec = {
  fits: (value) => typeof value === "boolean",
  write: (value, year, path) => year.value(path, value ? 1 : 0),
  reader(columns, path) {
    const column = columns.column(path);
    return (count) => {
      const start = column.claim(count);
      const { values } = column;
      for (let i = start; i < start + count; i++) if (values[i] !== 0 && values[i] !== 1) throw column.wrong(i, "0 or 1", values[i]);
      return { values, start, as: asFlag };
    };
  },
  records: () => [],
};

/** An array of values of one codec: its length in `path#length`, its items at `path[]`. */
export function list(item: Codec): Codec {
  return {
    fits: (value) => Array.isArray(value) && value.every((each) => item.fits(each)),
    write(value, year, path) {
      const items = value as unknown[];
      year.value(`${path}#length`, items.length);
      for (const each of items) item.write(each, year, `${path}[]`);
    },
    reader(columns, path) {
      const lengths = columns.column(`${path}#length`);
      const readItems = item.reader(columns, `${path}[]`);
      const { strings } = columns.tables;
      return (count) => {
        const start = lengths.claim(count);
        const { values } = lengths;
        let total = 0;
        for (let i = start; i < start + count; i++) {
          if (!isCount(values[i])) throw lengths.wrong(i, "a length", values[i]);
          total += values[i] as number;
        }
        // The items' own columns bound `total`: a hostile length faults there before anything is allocated.
        const items = readItems(total);
        const lists = new Array<unknown[]>(count);
        for (let i = 0, at = items.start; i < count; i++) {
          const length = values[start + i] as number;
          // Most lists hold none or one: literals, cheaper to make than by the Array constructor.
          if (length === 0) {
            lists[i] = [];
            continue;
          }
          const list = length === 1 ? [undefined as unknown] : new Array<unknown>(length);
          for (let k = 0; k < length; k++, at++) {
            // Resolved in place, as `as` says (a function call per value costs more, cold).
            const value = items.values[at];
            list[k] = items.as === asIs ? value : items.as === asText ? strings[value as number] : value === 1;
          }
          lists[i] = list;
        }
        return { values: lists, start: 0, as: asIs };
      };
    },
    records: (path) => item.records(`${path}[]`),
  };
}
