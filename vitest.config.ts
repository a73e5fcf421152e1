import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";
import { sourcesForCheck } from "./scripts/sources/locateSources";

const root = fileURLToPath(new URL(".", import.meta.url));
const testFolders = ["lib", "scripts", "components"];

// Tests that read the real sources (../shared or COUNCIL_SOURCES) are named
// *.corpus.test.ts. When the sources are absent they are left out of the run, each named
// in one printed line with the reason, so a fresh clone passes without pretending they
// ran; under CI=true sourcesForCheck throws instead and the run fails.
const corpusTests = "**/*.corpus.test.ts";
const sources = sourcesForCheck();
if ("notRun" in sources) {
  const files = testFolders.flatMap((folder) =>
    readdirSync(`${root}${folder}`, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".corpus.test.ts"))
      .map((file) => `${folder}/${file}`),
  );
  for (const file of files.sort()) console.log(`not run: ${file}: ${sources.notRun}`);
}

export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    include: testFolders.map((folder) => `${folder}/**/*.test.ts`),
    exclude: "notRun" in sources ? [...configDefaults.exclude, corpusTests] : configDefaults.exclude,
    environment: "node",
    // Property tests and layouts take seconds; on a shared 2-core machine, several times that.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: "forks",
    poolOptions: { forks: { maxForks: 2 } },
  },
});
