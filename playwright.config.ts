import { existsSync } from "node:fs";
import { chromium, defineConfig, devices } from "@playwright/test";

// Debian's Chromium where it is installed (CI, the dev machines); Playwright's own
// browser elsewhere. Never download one here: there is no network for it. With neither,
// say in one line how to get one instead of Playwright's page-long launch error.
const debianChromium = "/usr/bin/chromium";
if (!existsSync(debianChromium) && !existsSync(chromium.executablePath())) {
  console.error(`e2e: no Chromium at ${debianChromium} nor Playwright's own; install one: apt-get install -y chromium (Debian) or npx playwright install chromium`);
  process.exit(1);
}
// E2E_PORT lets several checkouts run their suites side by side on one machine.
const port = Number(process.env.E2E_PORT ?? 3100);
// On a machine shared with other builds, E2E_TIMEOUT_SCALE=3 gives every wait three times as long.
const slow = Math.max(1, Number(process.env.E2E_TIMEOUT_SCALE ?? 1));

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  timeout: 60_000 * slow,
  expect: { timeout: 10_000 * slow },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices["Desktop Chrome"],
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      ...(existsSync(debianChromium) ? { executablePath: debianChromium } : {}),
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
    },
    trace: "retain-on-failure",
  },
  webServer: {
    command: `node scripts/serve.mjs ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
