import { openDB, type DBSchema, type IDBPDatabase, type StoreNames } from "idb";

/**
 * A browser database holding one object store, opened once on first use and shared by
 * every later call. A failed open is forgotten, so the next call tries again (a private
 * window's refusal or a blocked upgrade need not last the whole visit).
 */
export function openSingleStore<Schema extends DBSchema>(databaseName: string, storeName: StoreNames<Schema>, keyPath: string): () => Promise<IDBPDatabase<Schema>> {
  let opening: Promise<IDBPDatabase<Schema>> | null = null;
  return () => {
    opening ??= openDB<Schema>(databaseName, 1, {
      upgrade(database) {
        database.createObjectStore(storeName, { keyPath });
      },
    }).catch((error: unknown) => {
      opening = null;
      throw error;
    });
    return opening;
  };
}
