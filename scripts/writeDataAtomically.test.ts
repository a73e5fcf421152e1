import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { recoverDataDirectory, writeDataAtomically } from "./writeDataAtomically";

let root: string;
let dataDir: string;
const read = (file: string) => readFileSync(path.join(dataDir, file), "utf8");

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "council-data-"));
  dataDir = path.join(root, "data");
  mkdirSync(path.join(dataDir, "meetings"), { recursive: true });
  writeFileSync(path.join(dataDir, "index.json"), "old index\n");
  writeFileSync(path.join(dataDir, "meetings/1990.json"), "old 1990\n");
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const next = new Map([
  ["index.json", "new index\n"],
  ["meetings/1991.json", "new 1991\n"],
  ["entities.json", "new entities\n"],
]);

describe("writeDataAtomically", () => {
  it("replaces data/ with exactly the new files, stale ones gone", () => {
    writeDataAtomically(dataDir, next);
    expect(read("index.json")).toBe("new index\n");
    expect(read("meetings/1991.json")).toBe("new 1991\n");
    expect(existsSync(path.join(dataDir, "meetings/1990.json"))).toBe(false);
    expect(readdirSync(root)).toEqual(["data"]);
  });

  it("leaves data/ untouched when a write fails midway, and cleans up the half-written folder", () => {
    let written = 0;
    const failing = (file: string, text: string) => {
      if (++written === 2) throw new Error("disk full");
      writeFileSync(file, text);
    };
    expect(() => writeDataAtomically(dataDir, next, { writeFile: failing })).toThrow("disk full");
    expect(read("index.json")).toBe("old index\n");
    expect(read("meetings/1990.json")).toBe("old 1990\n");
    expect(existsSync(path.join(dataDir, "meetings/1991.json"))).toBe(false);
    expect(readdirSync(root)).toEqual(["data"]);
  });

  it("puts the old data back when a run stopped between its two renames", () => {
    renameSync(dataDir, path.join(root, ".data.old-123"));
    mkdirSync(path.join(root, ".data.new-123"));
    recoverDataDirectory(dataDir);
    expect(read("index.json")).toBe("old index\n");
    expect(readdirSync(root)).toEqual(["data"]);
  });

  it("carries over files in data/ that the ingest does not write and are not JSON", () => {
    writeFileSync(path.join(dataDir, "README.md"), "about data/\n");
    writeDataAtomically(dataDir, next);
    expect(read("README.md")).toBe("about data/\n");
  });
});
