// The years bundle (lib/data/yearsBundle.ts) as it is written: each year's columns, and
// the strings and record shapes every year shares, collected as the codecs write records.

/** The strings and shapes of the whole bundle, collected while its years are written. */
export class BundleTablesWriter {
  private readonly uses = new Map<string, number>();
  private readonly shapesByPath = new Map<string, { indexOf: Map<string, number>; shapes: string[][] }>();

  countText(text: string): void {
    this.uses.set(text, (this.uses.get(text) ?? 0) + 1);
  }

  /** The index of a shape (a record's keys in order, each with how it is kept) among those of its path. */
  shapeIndex(path: string, entries: string[]): number {
    let table = this.shapesByPath.get(path);
    if (!table) this.shapesByPath.set(path, (table = { indexOf: new Map(), shapes: [] }));
    const key = JSON.stringify(entries);
    let index = table.indexOf.get(key);
    if (index === undefined) {
      index = table.shapes.length;
      table.indexOf.set(key, index);
      table.shapes.push(entries);
    }
    return index;
  }

  /** The string table, the most used first so the commonest indices are the shortest. */
  strings(): string[] {
    return [...this.uses].sort((a, b) => b[1] - a[1]).map(([text]) => text);
  }

  shapes(): Record<string, string[][]> {
    return Object.fromEntries([...this.shapesByPath].map(([path, { shapes }]) => [path, shapes]));
  }
}

/** One year's columns while it is written; text columns hold strings until the table is known. */
export class YearColumnsWriter {
  private readonly columns = new Map<string, unknown[]>();
  private readonly textColumns = new Set<string>();

  constructor(readonly tables: BundleTablesWriter) {}

  value(column: string, value: unknown): void {
    const values = this.columns.get(column);
    if (values) values.push(value);
    else this.columns.set(column, [value]);
  }

  text(column: string, text: string): void {
    this.tables.countText(text);
    this.textColumns.add(column);
    this.value(column, text);
  }

  /** The columns as written to the bundle, each string replaced by its index in the table. */
  columnsWith(indexOf: ReadonlyMap<string, number>): Record<string, unknown[]> {
    return Object.fromEntries(
      [...this.columns].map(([name, values]) => [name, this.textColumns.has(name) ? values.map((text) => indexOf.get(text as string)!) : values]),
    );
  }
}
