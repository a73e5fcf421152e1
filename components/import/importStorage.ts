import type { DBSchema } from "idb";
import { openSingleStore } from "@/components/storage/openSingleStore";
import type { ImportLayer } from "@/lib/imports/importTypes";

// Imports persist in this browser's IndexedDB, one record per import, so they survive a
// reload and nothing leaves the machine. The database is the imports' own; the classroom's
// saved stories keep theirs.

interface ImportsDb extends DBSchema {
  imports: { key: string; value: ImportLayer };
}

const db = openSingleStore<ImportsDb>("council-explorer-imports", "imports", "id");

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
