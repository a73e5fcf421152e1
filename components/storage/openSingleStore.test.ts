import type { DBSchema } from "idb";
import { beforeEach, describe, expect, it, vi } from "vitest";

const openDB = vi.fn();
vi.mock("idb", () => ({ openDB: (...args: unknown[]) => openDB(...args) }));
const { openSingleStore } = await import("./openSingleStore");

interface TestDb extends DBSchema {
  records: { key: string; value: { id: string } };
}

describe("openSingleStore", () => {
  beforeEach(() => openDB.mockReset());

  it("opens once and shares the database, creating its one store on upgrade", async () => {
    const database = { name: "db" };
    openDB.mockResolvedValue(database);
    const open = openSingleStore<TestDb>("council-explorer-test", "records", "id");
    await expect(open()).resolves.toBe(database);
    await expect(open()).resolves.toBe(database);
    expect(openDB).toHaveBeenCalledTimes(1);
    const [name, version, { upgrade }] = openDB.mock.calls[0]!;
    expect([name, version]).toEqual(["council-explorer-test", 1]);
    const createObjectStore = vi.fn();
    upgrade({ createObjectStore });
    expect(createObjectStore).toHaveBeenCalledWith("records", { keyPath: "id" });
  });

  it("tries again after a failed open instead of failing for the rest of the visit", async () => {
    openDB.mockRejectedValueOnce(new Error("blocked")).mockResolvedValueOnce({ name: "db" });
    const open = openSingleStore<TestDb>("council-explorer-test", "records", "id");
    await expect(open()).rejects.toThrow("blocked");
    await expect(open()).resolves.toEqual({ name: "db" });
    expect(openDB).toHaveBeenCalledTimes(2);
  });
});
