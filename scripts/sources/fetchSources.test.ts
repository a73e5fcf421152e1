import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fetchSources, type FetchSourcesOptions } from "./fetchSources";
import { sha256, type Manifest } from "./manifest";
import { retryAfterMs, userAgent } from "./politeDownload";
import { startUnSiteServer, type UnSiteServer } from "./unSiteServer.testing";
import { remotePathFor } from "./unSiteLayout";

// sources:fetch against a local server laid out like the UN site, with small made-up
// tables: the mechanism (names, sums, retries, politeness). The real files and the
// committed manifest are checked in manifest.corpus.test.ts.

const encode = (text: string) => new TextEncoder().encode(text);
const tables: Record<string, Uint8Array> = {
  "sources/un-meetings-tables/scact1993_table_en.html": encode("<table><tr><td>S/PV.3157</td></tr></table>"),
  "sources/un-meetings-tables/scact1994_table_en.html": encode("<table><tr><td>S/PV.3317</td></tr></table>"),
  "sources/un-meetings-tables/scact2020_covid_table_en.html": encode("<table><tr><td>videoconference</td></tr></table>"),
  "sources/un-meetings-tables/scact_veto_table_en.html": encode("<table><tr><td>S/2003/980</td></tr></table>"),
};
const manifest: Manifest = { files: Object.entries(tables).map(([file, bytes]) => ({ file, sha256: sha256(bytes), bytes: bytes.length })) };
const onSite = new Map(Object.entries(tables).map(([file, bytes]) => [remotePathFor(file)!, bytes]));

let server: UnSiteServer;
let dest: string;
let waits: number[];
let lines: string[];

beforeEach(async () => {
  server = await startUnSiteServer(onSite);
  dest = mkdtempSync(path.join(tmpdir(), "sources-fetch-"));
  waits = [];
  lines = [];
});
afterEach(async () => {
  await server.close();
  rmSync(dest, { recursive: true, force: true });
});

function run(overrides: Partial<FetchSourcesOptions> = {}) {
  return fetchSources({
    dest,
    baseUrl: server.baseUrl,
    manifest,
    accept: false,
    pauseMs: 0,
    download: { backoffMs: 1_000, attempts: 3, sleep: async (ms) => void waits.push(ms) },
    log: (line) => lines.push(line),
    ...overrides,
  });
}

describe("remotePathFor", () => {
  it("names tables .html before 1994 and .htm from 1994, as the UN library does", () => {
    expect(remotePathFor("sources/un-meetings-tables/scact1993_table_en.html")).toBe("scact1993_table_en.html");
    expect(remotePathFor("sources/un-meetings-tables/scact1994_table_en.html")).toBe("scact1994_table_en.htm");
    expect(remotePathFor("sources/un-meetings-tables/scact2022_table_en.html")).toBe("scact2022_table_en.htm");
  });

  it("knows the 2020 videoconference table and the veto list by their own names", () => {
    expect(remotePathFor("sources/un-meetings-tables/scact2020_covid_table_en.html")).toBe("SC_2020-revised.html");
    expect(remotePathFor("sources/un-meetings-tables/scact_veto_table_en.html")).toBe("scact_veto_table_en.htm");
  });

  it("refuses any other name, including one that climbs out of the folder", () => {
    expect(remotePathFor("sources/un-meetings-tables/../../etc/passwd")).toBeUndefined();
    expect(remotePathFor("seeds/000_b20b034476035cee.txt")).toBeUndefined();
    expect(remotePathFor("sources/un-meetings-tables/scact2003_table_en.html.bak")).toBeUndefined();
  });
});

// Generous timeouts: on a loaded machine the first fetch alone can take seconds.
describe("fetchSources", { timeout: 30_000 }, () => {
  it("saves every table under the name the ingest reads, fetched from the UN site's path", async () => {
    const report = await run();
    expect(report).toMatchObject({ matched: Object.keys(tables), changed: [], failed: [], kept: [] });
    for (const [file, bytes] of Object.entries(tables)) expect(readFileSync(path.join(dest, file))).toEqual(Buffer.from(bytes));
    expect(server.requests.map((request) => request.path)).toEqual([
      "/depts/dhl/resguide/scact1993_table_en.html",
      "/depts/dhl/resguide/scact1994_table_en.htm",
      "/depts/dhl/resguide/SC_2020-revised.html",
      "/depts/dhl/resguide/scact_veto_table_en.htm",
    ]);
  });

  it("asks one file at a time, says who is asking and pauses between files", async () => {
    await run({ pauseMs: 1_000 });
    expect(server.requests.every((request) => request.inFlight === 1 && request.userAgent === userAgent)).toBe(true);
    expect(waits).toEqual([1_000, 1_000, 1_000]);
  });

  it("reports a table the site has changed by name, keeps the download and leaves the manifest alone", async () => {
    const updated = encode("<table><tr><td>S/PV.3317</td><td>+Corr.1</td></tr></table>");
    onSite.set("scact1994_table_en.htm", updated);
    try {
      const report = await run();
      expect(report.changed).toEqual([{ file: "sources/un-meetings-tables/scact1994_table_en.html", expected: manifest.files[1]!.sha256, actual: sha256(updated), bytes: updated.length }]);
      expect(report.manifest).toBe(manifest);
      expect(readFileSync(path.join(dest, "sources/un-meetings-tables/scact1994_table_en.html"))).toEqual(Buffer.from(updated));
      expect(lines.some((line) => line.startsWith("changed  sources/un-meetings-tables/scact1994_table_en.html"))).toBe(true);

      const accepted = await run({ accept: true, dest: path.join(dest, "again") });
      expect(accepted.manifest.files[1]).toEqual({ file: "sources/un-meetings-tables/scact1994_table_en.html", sha256: sha256(updated), bytes: updated.length });
      expect(accepted.manifest.files.filter((entry, i) => entry !== manifest.files[i])).toHaveLength(1);
    } finally {
      onSite.set("scact1994_table_en.htm", tables["sources/un-meetings-tables/scact1994_table_en.html"]!);
    }
  });

  it("waits as long as Retry-After says on 503 and 429, then gets the file", async () => {
    server.fail("scact1993_table_en.html", { status: 503, headers: { "retry-after": "7" } }, { status: 429, headers: { "retry-after": "2" } });
    const report = await run();
    expect(report.failed).toEqual([]);
    expect(waits).toEqual([7_000, 2_000]);
    expect(server.requests.filter((request) => request.path.endsWith("scact1993_table_en.html"))).toHaveLength(3);
  });

  it("backs off twice as long each time without Retry-After, and reports the file as failed after the last try", async () => {
    server.fail("SC_2020-revised.html", { status: 500 }, { status: 502 }, { status: 500 });
    const report = await run();
    expect(waits).toEqual([1_000, 2_000]);
    expect(report.failed).toEqual([{ file: "sources/un-meetings-tables/scact2020_covid_table_en.html", url: `${server.baseUrl}SC_2020-revised.html`, reason: "HTTP 500" }]);
    expect(report.matched).toHaveLength(3);
  });

  it("does not ask again for a file the site does not have", async () => {
    server.fail("scact_veto_table_en.htm", { status: 404 });
    const report = await run();
    expect(report.failed.map((failure) => failure.reason)).toEqual(["HTTP 404"]);
    expect(server.requests.filter((request) => request.path.endsWith("scact_veto_table_en.htm"))).toHaveLength(1);
  });

  it("takes a mirror's base URL and reports a server that cannot be reached", async () => {
    const report = await run({ baseUrl: "http://127.0.0.1:9/mirror/", download: { attempts: 2, backoffMs: 10, sleep: async (ms) => void waits.push(ms) } });
    expect(report.failed).toHaveLength(4);
    expect(report.failed[0]!.url).toBe("http://127.0.0.1:9/mirror/scact1993_table_en.html");
    expect(report.failed[0]!.reason).toMatch(/fetch failed/);
  });

  it("keeps a table already in the folder with the manifest's sum without asking for it", async () => {
    const file = "sources/un-meetings-tables/scact1993_table_en.html";
    mkdirSync(path.join(dest, path.dirname(file)), { recursive: true });
    writeFileSync(path.join(dest, file), tables[file]!);
    const report = await run();
    expect(report.kept).toEqual([file]);
    expect(server.requests.some((request) => request.path.endsWith("scact1993_table_en.html"))).toBe(false);
  });
});

describe("retryAfterMs", () => {
  it("reads seconds and HTTP dates, and ignores what it cannot read", () => {
    expect(retryAfterMs("120")).toBe(120_000);
    expect(retryAfterMs("Fri, 11 Apr 2003 10:00:30 GMT", Date.parse("Fri, 11 Apr 2003 10:00:00 GMT"))).toBe(30_000);
    expect(retryAfterMs("soon")).toBeUndefined();
    expect(retryAfterMs(null)).toBeUndefined();
  });
});
