import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { requireSources } from "./locateSources";
import { fetchSources } from "./fetchSources";
import { manifestFromFolder, readManifest } from "./manifest";
import { remotePathFor } from "./unSiteLayout";
import { startUnSiteServer } from "./unSiteServer.testing";

// The committed manifest against the real sources, and sources:fetch over all of them
// from a local server laid out like the UN site. Runs when the sources are found.

const sourcesDir = requireSources();
const manifest = readManifest();

describe("the committed manifest", () => {
  it("lists every UN table of the sources folder with its SHA-256 and size", () => {
    expect(manifest).toEqual(manifestFromFolder(sourcesDir));
  });

  it("covers 1946–2022, the 2020 videoconferences and the veto list: 79 files", () => {
    const names = manifest.files.map((entry) => path.basename(entry.file));
    expect(names).toHaveLength(79);
    expect(names).toContain("scact1946_table_en.html");
    expect(names).toContain("scact2022_table_en.html");
    expect(names).toContain("scact2020_covid_table_en.html");
    expect(names).toContain("scact_veto_table_en.html");
  });
});

describe("sources:fetch from a copy of the UN site", { timeout: 120_000 }, () => {
  it("reproduces every table byte for byte under the names the ingest reads", async () => {
    const onSite = new Map(manifest.files.map((entry) => [remotePathFor(entry.file)!, readFileSync(path.join(sourcesDir, entry.file))]));
    const server = await startUnSiteServer(onSite);
    const dest = mkdtempSync(path.join(tmpdir(), "sources-fetch-corpus-"));
    try {
      const report = await fetchSources({ dest, baseUrl: server.baseUrl, manifest, accept: false, pauseMs: 0, log: () => {} });
      expect({ changed: report.changed, failed: report.failed, matched: report.matched.length }).toEqual({ changed: [], failed: [], matched: 79 });
      expect(manifestFromFolder(dest)).toEqual(manifest);
    } finally {
      await server.close();
      rmSync(dest, { recursive: true, force: true });
    }
  });
});
