import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { ImportLayer } from "@/lib/imports/importTypes";

// Imports persist in this browser's IndexedDB, one record per import, so they survive a
// reload and nothing leaves the machine. The database is the imports' own; the classroom's
// saved stories keep theirs.

interface ImportsDb extends DBSchema {
  imports: { key: string; value: ImportLayer };
}

const databaseName = "council-explorer-imports";
let database: Promise<IDBPDatabase<ImportsDb>> | null = null;

function db(): Promise<IDBPDatabase<ImportsDb>> {
  database ??= openDB<ImportsDb>(databaseName, 1, {
    upgrade(upgrade) {
      upgrade.createObjectStore("imports", { keyPath: "id" });
    },
  });
  return database;
}

/** Every saved import, oldest first (the order layers merge in). */
export async function loadImports(): Promise<ImportLayer[]> {
  const all = await (await db()).getAll("imports");
  return all.sort((a, b) => a.importedAt.localeCompare(b.importedAt) || a.id.localeCompare(b.id));
}

export async function saveImport(layer: ImportLayer): Promise<void> {
  await (await db()).put("imports", layer);
}

export async function deleteImport(id: string): Promise<void> {
  await (await db()).delete("imports", id);
}
