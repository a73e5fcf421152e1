// npm run sources:fetch -- --dest DIR [--base-url URL] [--accept]
// npm run sources:fetch -- --manifest-from DIR
// Downloads the UN library's meeting tables (1946–2022, the 2020 videoconferences, the
// veto list) into DIR/sources/un-meetings-tables/, under the names the ingest reads, and
// checks each against scripts/sources/manifest.json. The Repertoire seed and data/*.json
// are not on the UN site: copy them by hand (README, "Where the data comes from").
// Exit 0: every file present and as the manifest says (or accepted); 1: a file changed or
// failed; 2: bad arguments. --manifest-from rewrites the manifest from a local folder.
import path from "node:path";
import { fetchSources } from "./sources/fetchSources";
import { manifestFromFolder, manifestPath, readManifest, writeManifest } from "./sources/manifest";
import { defaultBaseUrl } from "./sources/unSiteLayout";

const usage = "usage: npm run sources:fetch -- --dest DIR [--base-url URL] [--accept] | --manifest-from DIR";

function argValue(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function main(): Promise<number> {
  const manifestFrom = argValue("--manifest-from");
  if (manifestFrom) {
    const manifest = manifestFromFolder(path.resolve(manifestFrom));
    writeManifest(manifest);
    console.log(`sources:fetch: wrote ${manifest.files.length} sums from ${manifestFrom} to ${path.relative(process.cwd(), manifestPath)}`);
    return 0;
  }
  const dest = argValue("--dest");
  const baseUrl = argValue("--base-url") ?? defaultBaseUrl;
  if (!dest || !URL.canParse(baseUrl)) {
    console.error(dest ? `sources:fetch: --base-url is not a URL: ${baseUrl}` : usage);
    return 2;
  }
  const accept = process.argv.includes("--accept");
  const report = await fetchSources({
    dest: path.resolve(dest),
    baseUrl: baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`,
    manifest: readManifest(),
    accept,
    pauseMs: 1_000,
    log: (line) => console.log(line),
  });
  if (accept && report.changed.length > 0) writeManifest(report.manifest);
  console.log(
    `sources:fetch: ${report.matched.length} downloaded and matching, ${report.kept.length} already present, ` +
      `${report.changed.length} changed${accept && report.changed.length > 0 ? " (new sums written to the manifest)" : ""}, ${report.failed.length} failed, into ${path.resolve(dest)}`,
  );
  if (report.changed.length > 0 && !accept) {
    console.log(`sources:fetch: changed on the site: ${report.changed.map((change) => change.file).join(", ")}; check them, then run again with --accept to record their sums`);
  }
  console.log("sources:fetch: the Repertoire seed (seeds/) and data/reference-2003.json, data/council-members-1946-2022.json are not on the UN site; copy them into the same folder by hand");
  return report.failed.length > 0 || (report.changed.length > 0 && !accept) ? 1 : 0;
}

process.exitCode = await main();
