import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { projectRoot, requireSources } from "./sources/locateSources";

// The ingest over broken copies of the real sources (issue 8, point 7): each is refused
// with one line naming the file and the right exit status, and the output folder is
// left as it was. The runs go in parallel: each reads the whole corpus.

const run = promisify(execFile);
const sources = requireSources();
const root = mkdtempSync(path.join(tmpdir(), "council-ingest-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const table1990 = "sources/un-meetings-tables/scact1990_table_en.html";
const vetoTable = "sources/un-meetings-tables/scact_veto_table_en.html";

/** A copy of the sources with one thing broken, and an output folder holding one file. */
function brokenCopy(name: string, breakIt: (dir: string) => void): { dir: string; out: string } {
  const dir = path.join(root, name, "sources");
  cpSync(sources, dir, { recursive: true });
  breakIt(dir);
  const out = path.join(root, name, "data");
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, "index.json"), "the previous data\n");
  return { dir, out };
}

async function ingest(copy: { dir: string; out: string }): Promise<{ status: number; stderr: string }> {
  try {
    const { stderr } = await run(process.execPath, ["--import", "tsx", "scripts/ingest.ts", "--sources", copy.dir, "--out", copy.out], { cwd: projectRoot, env: { ...process.env, CI: "" } });
    return { status: 0, stderr };
  } catch (error) {
    const failed = error as { code: number; stderr: string };
    return { status: failed.code, stderr: failed.stderr };
  }
}

const cases = {
  truncated: brokenCopy("truncated", (dir) => {
    const html = readFileSync(path.join(dir, table1990), "utf8");
    writeFileSync(path.join(dir, table1990), html.slice(0, Math.floor(html.length / 2)));
  }),
  garbled: brokenCopy("garbled", (dir) => writeFileSync(path.join(dir, table1990), "\u0000\u0001 not a table at all ".repeat(500))),
  deletedTable: brokenCopy("deleted-table", (dir) => unlinkSync(path.join(dir, table1990))),
  deletedVetoes: brokenCopy("deleted-vetoes", (dir) => unlinkSync(path.join(dir, vetoTable))),
  corruptReference: brokenCopy("corrupt-reference", (dir) => writeFileSync(path.join(dir, "data/reference-2003.json"), '{"councilMembers": [')),
  deletedReference: brokenCopy("deleted-reference", (dir) => unlinkSync(path.join(dir, "data/reference-2003.json"))),
  deletedMembership: brokenCopy("deleted-membership", (dir) => unlinkSync(path.join(dir, "data/council-members-1946-2022.json"))),
  wrongReference: brokenCopy("wrong-reference", (dir) => writeFileSync(path.join(dir, "data/reference-2003.json"), '{"councilMembers": 3}')),
};
const results = Promise.all(Object.entries(cases).map(async ([name, copy]) => [name, await ingest(copy)] as const)).then((entries) => Object.fromEntries(entries));

describe("the ingest refuses broken sources before it writes", () => {
  it.each([
    ["truncated", 1, /error: sources\/un-meetings-tables\/scact1990_table_en\.html: truncated/],
    ["garbled", 1, /error: sources\/un-meetings-tables\/scact1990_table_en\.html: (garbled|truncated)/],
    ["deletedTable", 2, /error: sources\/un-meetings-tables\/scact1990_table_en\.html: missing/],
    ["deletedVetoes", 2, /error: sources\/un-meetings-tables\/scact_veto_table_en\.html: the veto list is missing/],
    ["corruptReference", 1, /^ingest: data\/reference-2003\.json: not JSON/],
    ["wrongReference", 1, /^ingest: data\/reference-2003\.json: not the reference facts at councilMembers/],
    ["deletedReference", 2, /^ingest: the sources folder .* lacks data\/reference-2003\.json/],
    ["deletedMembership", 2, /^ingest: data\/council-members-1946-2022\.json: missing/],
  ] as const)("%s: exit %i, one line naming the file, output untouched", async (name, status, message) => {
    const result = (await results)[name]!;
    expect(result.status).toBe(status);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(path.join(cases[name].out, "index.json"), "utf8")).toBe("the previous data\n");
  }, 300_000);
});
