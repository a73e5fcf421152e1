import { copySitesInTurn } from "./recordCopies";
import { describeValue } from "./shapeChecks";

// The years bundle (lib/data/yearsBundle.ts) as it is read: a year's columns, named by
// field path ("meeting.sources[].file"), and the tables every year shares, the strings and
// the record shapes, each checked before use. Each codec (lib/data/columnCodec.ts) gets a
// cursor per column, and at the end of a year every value of every column must have been
// used exactly once, so a column of the wrong length cannot pass unnoticed.

/** A bundle, or a year of it, that cannot be decoded; the message says which column and what is wrong. */
export class BundleFault extends Error {
  readonly code = "years-bundle-malformed";
}

/** A shape entry's first character says how the field is kept. */
export const keptAs = { column: ".", derived: "=", verbatim: "!" } as const;

/** A shape as the reader uses it: its entries, and whether the codecs alone vouch for a record of it. */
export interface Shape {
  entries: ReadonlyArray<{ key: string; kept: (typeof keptAs)[keyof typeof keptAs] }>;
  /**
   * False when a field the browser's shape check requires is missing or kept verbatim:
   * a record of this shape is then checked as its own file would be.
   */
  vouched: boolean;
}

/** What a record codec tells the shape table about its fields. */
export interface FieldRules {
  known(key: string): boolean;
  derivable(key: string): boolean;
  required: readonly string[];
}

/** The bundle's string and shape tables, checked once for all years. */
export class BundleTables {
  private readonly shapesByPath = new Map<string, Shape[]>();
  /** Per text rule, what each string index was found to be: 0 not yet asked, 1 passes, 2 fails. */
  private readonly verdictsByRule = new Map<(text: string) => boolean, Uint8Array>();

  constructor(
    readonly strings: readonly string[],
    private readonly rawShapes: Record<string, unknown>,
  ) {}

  /** Faults unless the value is an array of strings (every place of it: forEach would pass over a hole). */
  static stringsOf(value: unknown): string[] {
    if (!Array.isArray(value)) throw new BundleFault(`strings: expected an array, got ${describeValue(value)}`);
    for (let i = 0; i < value.length; i++) {
      if (typeof value[i] !== "string") throw new BundleFault(`strings[${i}]: expected a string, got ${describeValue(value[i])}`);
    }
    return value as string[];
  }

  /** Checks the shapes recorded for a path against the fields its codec knows; faults on any it could not read. */
  checkShapes(path: string, fields: FieldRules): void {
    const raw = Object.hasOwn(this.rawShapes, path) ? this.rawShapes[path] : [];
    if (!Array.isArray(raw)) throw new BundleFault(`shapes of ${path}: expected an array, got ${describeValue(raw)}`);
    this.shapesByPath.set(path, Array.from(raw, (entries: unknown, i) => shapeOf(`shapes of ${path}[${i}]`, entries, fields)));
  }

  shapesAt(path: string): readonly Shape[] {
    const shapes = this.shapesByPath.get(path);
    if (!shapes) throw new BundleFault(`shapes of ${path} were not checked`);
    return shapes;
  }

  verdictsFor(rule: (text: string) => boolean): Uint8Array {
    let verdicts = this.verdictsByRule.get(rule);
    if (!verdicts) this.verdictsByRule.set(rule, (verdicts = new Uint8Array(this.strings.length)));
    return verdicts;
  }
}

function shapeOf(where: string, value: unknown, fields: FieldRules): Shape {
  if (!Array.isArray(value)) throw new BundleFault(`${where}: expected an array, got ${describeValue(value)}`);
  const seen = new Set<string>();
  let vouched = true;
  const entries = Array.from(value, (entry: unknown) => {
    const kept = typeof entry === "string" ? entry.charAt(0) : "";
    if (kept !== keptAs.column && kept !== keptAs.derived && kept !== keptAs.verbatim) throw new BundleFault(`${where}: expected entries like ".name", "=name" or "!name", got ${describeValue(entry)}`);
    const key = (entry as string).slice(1);
    if (seen.has(key)) throw new BundleFault(`${where}: ${key} twice`);
    seen.add(key);
    if (kept === keptAs.column && !fields.known(key)) throw new BundleFault(`${where}: no column for a field ${key}`);
    if (kept === keptAs.derived && !fields.derivable(key)) throw new BundleFault(`${where}: ${key} cannot be derived`);
    if (kept === keptAs.verbatim && fields.known(key)) vouched = false;
    return { key, kept };
  });
  if (fields.required.some((key) => !seen.has(key))) vouched = false;
  return { entries, vouched };
}

/** One column being read: its values in the current year, and how many have been claimed. */
export class ColumnCursor {
  values: readonly unknown[] = [];
  used = 0;
  constructor(readonly name: string) {}

  /** Claims the next `count` values and gives the position of the first; faults when the column has fewer left. */
  claim(count: number): number {
    const start = this.used;
    if (count > this.values.length - start) throw new BundleFault(`column ${this.name} ends after ${this.values.length} values, ${start + count} wanted`);
    this.used += count;
    return start;
  }

  /** A fault naming this column, the position and the wrong value. */
  wrong(position: number, expected: string, value: unknown): BundleFault {
    return new BundleFault(`column ${this.name}[${position}]: expected ${expected}, got ${describeValue(value)}`);
  }
}

/**
 * The columns of the bundle being read. The codecs' readers are made once for the whole
 * bundle, each holding the cursors of its columns; each year then points every cursor at
 * its own columns, so a year costs its values and nothing more.
 */
export class BundleColumns {
  private readonly cursors = new Map<string, ColumnCursor>();
  private yearColumns: Record<string, unknown> = {};
  /** Set when a record of the current year has a shape the codecs do not vouch for. */
  unvouched = false;
  /** Where the record readers made for this bundle copy their records from templates. */
  readonly copySite = copySitesInTurn();

  constructor(readonly tables: BundleTables) {}

  column(name: string): ColumnCursor {
    let cursor = this.cursors.get(name);
    if (!cursor) this.cursors.set(name, (cursor = new ColumnCursor(name)));
    return cursor;
  }

  /** Points every cursor at the year's column of its name; a year holds no column for a field none of its records has. */
  startYear(columns: Record<string, unknown>): void {
    this.yearColumns = columns;
    this.unvouched = false;
    this.cursors.forEach((cursor, name) => {
      const values = Object.hasOwn(columns, name) ? columns[name] : [];
      if (!Array.isArray(values)) throw new BundleFault(`column ${name}: expected an array, got ${describeValue(values)}`);
      cursor.values = values;
      cursor.used = 0;
    });
  }

  /** Faults unless every value of every column of the year was used: a column of the wrong length is a bundle of the wrong shape. */
  checkAllUsed(): void {
    for (const name of Object.keys(this.yearColumns)) {
      const cursor = this.cursors.get(name);
      if (!cursor) throw new BundleFault(`column ${name} belongs to no field`);
      if (cursor.used !== cursor.values.length) throw new BundleFault(`column ${name} has ${cursor.values.length} values, its records use ${cursor.used}`);
    }
  }
}
