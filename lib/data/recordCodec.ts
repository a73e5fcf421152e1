import { BundleFault, keptAs, type BundleTables, type FieldRules } from "./bundleColumns";
import type { YearColumnsWriter } from "./bundleColumnsWriter";
import { asIs, asText, type Codec, type Slice } from "./columnCodec";
import { templateWith } from "./recordCopies";
import { describeValue } from "./shapeChecks";

// The record codec of the years bundle: an object of known fields, written as a column per
// field (lib/data/columnCodec.ts). A value a field's codec cannot hold is never lost: its
// record keeps it verbatim, and a year with a record whose checked fields were kept
// verbatim is checked again whole, as its own file would be.
//
// Each record names its shape: its keys in order, each kept in its column (".date"),
// derived from the rest of the record ("=id"), or verbatim ("!note"). So an absent field
// costs nothing, key order survives, and a field data/ gains tomorrow travels verbatim.

export interface Field {
  codec: Codec;
  /** Whether the browser's shape check (lib/data/dataFileShapes.ts) requires the field. */
  required: boolean;
  /**
   * The value the field has when data/ follows its own rule; such a value is not stored.
   * Given the record as the reader sees it while deriving: every derivable field it has is null.
   */
  derive?(record: Record<string, unknown>): unknown;
}

export const required = (codec: Codec, derive?: Field["derive"]): Field => ({ codec, required: true, derive });
export const optional = (codec: Codec, derive?: Field["derive"]): Field => ({ codec, required: false, derive });

export const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Sets a key read from the bundle as an own property, even "__proto__", as JSON.parse does. */
function setOwn(record: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

export interface RecordCodec extends Codec {
  readonly rules: FieldRules;
}

/** How a shape entry is rebuilt, as the assembling loop tests it. */
const fromColumn = 0;
const fromVerbatim = 1;
const derived = 2;

/** An object of known fields, in any order, with any others it has kept verbatim (`path#verbatim`). */
export function record(fields: Record<string, Field>): RecordCodec {
  const names = Object.keys(fields);
  const derivable = names.filter((name) => fields[name]!.derive !== undefined);
  const known = (key: string) => Object.hasOwn(fields, key);
  /** The record as a reader sees it when it derives: its derivable fields not yet filled (null, as in its template). */
  const whileDeriving = (object: Record<string, unknown>) => {
    const view = { ...object };
    for (const name of derivable) if (Object.hasOwn(view, name)) view[name] = null;
    return view;
  };
  const rules: FieldRules = {
    known,
    derivable: (key) => known(key) && fields[key]!.derive !== undefined,
    required: names.filter((key) => fields[key]!.required),
  };
  const codec: RecordCodec = {
    rules,
    fits: isPlainObject,
    write(value, year, path) {
      const object = value as Record<string, unknown>;
      const seen = derivable.length > 0 ? whileDeriving(object) : object;
      // A key whose value is undefined is absent, as in the JSON the bundle is sent as.
      const entries = Object.keys(object).filter((key) => object[key] !== undefined).map((key) => {
        const field = known(key) ? fields[key]! : undefined;
        const fieldValue = object[key];
        const fits = field?.codec.fits(fieldValue);
        if (fits && field!.derive && field!.derive(seen) === fieldValue) return keptAs.derived + key;
        if (fits) {
          field!.codec.write(fieldValue, year, `${path}.${key}`);
          return keptAs.column + key;
        }
        year.value(`${path}#verbatim`, fieldValue);
        return keptAs.verbatim + key;
      });
      year.value(`${path}#shape`, year.tables.shapeIndex(path, entries));
    },
    reader(columns, path) {
      const shapeColumn = columns.column(`${path}#shape`);
      const verbatim = columns.column(`${path}#verbatim`);
      const readers = names.map((name) => fields[name]!.codec.reader(columns, `${path}.${name}`));
      const { strings } = columns.tables;
      const none: Slice = { values: [], start: 0, as: asIs };
      const derivedValues: unknown[] = [];
      // Per shape, how each entry is rebuilt, as parallel lists for the loops below.
      const plans = columns.tables.shapesAt(path).map(({ entries, vouched }) => ({
        vouched,
        keys: entries.map(({ key }) => key),
        how: entries.map(({ kept }) => (kept === keptAs.column ? fromColumn : kept === keptAs.verbatim ? fromVerbatim : derived)),
        field: entries.map(({ key, kept }) => (kept === keptAs.column ? names.indexOf(key) : -1)),
        derivation: entries.map(({ key, kept }) => (kept === keptAs.derived ? fields[key]! : null)),
        verbatims: entries.filter(({ kept }) => kept === keptAs.verbatim).length,
        derives: entries.some(({ kept }) => kept === keptAs.derived),
        template: templateWith(entries.map(({ key }) => key)),
        copy: columns.copySite(),
      }));
      return (count) => {
        // The shapes first: how many values each field's column gives to these records.
        const start = shapeColumn.claim(count);
        const shapeIndices = shapeColumn.values;
        const wanted = new Array<number>(names.length).fill(0);
        let verbatims = 0;
        for (let i = start; i < start + count; i++) {
          const index = shapeIndices[i];
          if (typeof index !== "number" || !Number.isInteger(index) || index < 0 || index >= plans.length) throw shapeColumn.wrong(i, `an index below ${plans.length}`, index);
          const plan = plans[index]!;
          if (!plan.vouched) columns.unvouched = true;
          for (let j = 0; j < plan.how.length; j++) if (plan.how[j] === fromColumn) wanted[plan.field[j]!]!++;
          verbatims += plan.verbatims;
        }
        const values = readers.map((read, f) => (wanted[f]! > 0 ? read(wanted[f]!) : none));
        const verbatimStart = verbatim.claim(verbatims);
        // Then the records: copies of their shape's template (lib/data/recordCopies.ts), so
        // each has its keys in the shape's order from the start, and their values set in place.
        const taken = new Array<number>(names.length).fill(0);
        let verbatimAt = verbatimStart;
        const objects = new Array<Record<string, unknown>>(count);
        for (let i = 0; i < count; i++) {
          const { keys, how, field, derivation, derives, template, copy } = plans[shapeIndices[start + i] as number]!;
          const object = copy(template);
          for (let j = 0; j < keys.length; j++) {
            if (how[j] === fromColumn) {
              const slice = values[field[j]!]!;
              const value = slice.values[slice.start + taken[field[j]!]!++];
              object[keys[j]!] = slice.as === asIs ? value : slice.as === asText ? strings[value as number] : value === 1;
            }
            else if (how[j] === fromVerbatim) {
              // Any value JSON can carry; undefined only comes of a hole, which JSON cannot make.
              if (verbatim.values[verbatimAt] === undefined) throw verbatim.wrong(verbatimAt, "a value", undefined);
              setOwn(object, keys[j]!, verbatim.values[verbatimAt++]);
            }
            // A derived key keeps its template's null until the rest of the record is in, below.
          }
          if (derives) {
            // All derived from the record as it stands, then all set: no rule sees another's value.
            for (let j = 0; j < keys.length; j++) {
              if (how[j] !== derived) continue;
              const { derive, codec: fieldCodec } = derivation[j]!;
              derivedValues[j] = derive!(object);
              if (!fieldCodec.fits(derivedValues[j])) throw new BundleFault(`${path}#shape[${start + i}]: ${keys[j]} cannot be derived from its record (got ${describeValue(derivedValues[j])})`);
            }
            for (let j = 0; j < keys.length; j++) if (how[j] === derived) object[keys[j]!] = derivedValues[j];
          }
          objects[i] = object;
        }
        return { values: objects, start: 0, as: asIs };
      };
    },
    records: (path) => [[path, codec], ...names.flatMap((name) => fields[name]!.codec.records(`${path}.${name}`))],
  };
  return codec;
}

/** Checks the bundle's shapes for every record path of a top codec; faults on the first that cannot be read. */
export function checkShapesOf(tables: BundleTables, codec: Codec, path: string): void {
  for (const [recordPath, recordCodec] of codec.records(path)) tables.checkShapes(recordPath, recordCodec.rules);
}

/** Writes top records at `path`; each must be an object (data/'s records are, by its schema). */
export function writeRecords(codec: Codec, year: YearColumnsWriter, path: string, records: readonly unknown[]): void {
  records.forEach((each, i) => {
    if (!isPlainObject(each)) throw new BundleFault(`${path}[${i}]: expected an object, got ${describeValue(each)}`);
    codec.write(each, year, path);
  });
}
