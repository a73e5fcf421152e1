import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** Collects everything the page reports as wrong: console errors, uncaught exceptions, and
 * Content-Security-Policy violations (reported by the page's securitypolicyviolation event,
 * which also fires for blocked workers and inline styles that never reach the console). */
async function watchForProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || /Content Security Policy/i.test(message.text())) problems.push(`console ${message.type()}: ${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  await page.exposeFunction("reportPolicyViolation", (report: string) => problems.push(`CSP violation: ${report}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { reportPolicyViolation: (text: string) => void }).reportPolicyViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return problems;
}

// Both views start the layout worker; every year also starts the OffscreenCanvas layer
// worker. A blocked worker reports its violation when it is created, long before the
// final check; the 2003 view also waits for its layout to settle, which proves the layout
// worker ran (5,700 nodes of every year take too long to settle on a busy machine).
const scenarios = [
  { name: "the 2003 explorer", path: "/", heading: "The Security Council in 2003", waitForLayout: true },
  { name: "every year, 1946–2022 (about 154 data files and the layer worker)", path: "/?years=all", heading: "The Security Council, 1946–2022", waitForLayout: false },
];

test.describe("under the site's Content-Security-Policy", () => {
  for (const scenario of scenarios) {
    test(`${scenario.name} loads with no console error and no CSP violation`, async ({ explorer, page }) => {
      // Loading every year takes minutes on a busy machine; test.slow() triples the
      // configured timeout, which E2E_TIMEOUT_SCALE already scales.
      test.slow();
      const problems = await watchForProblems(page);
      const response = await page.goto(scenario.path);
      const policy = response?.headers()["content-security-policy"] ?? "";
      expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
      expect(policy).not.toContain("unsafe-inline");
      expect(policy).not.toContain("unsafe-eval");

      await expect(page.getByRole("heading", { name: scenario.heading })).toBeVisible({ timeout: test.info().timeout / 2 });
      await expect(explorer.meetingMarks.first()).toBeVisible();
      await expect(explorer.graph).toHaveAttribute("data-node-count", /^[1-9]/);
      if (scenario.waitForLayout) await expect(explorer.graph).toHaveAttribute("data-settled", "true", { timeout: test.info().timeout / 3 });
      await explorer.meetingMark(4739).click();
      await expect(explorer.graphNode("African Union")).toHaveAttribute("data-highlighted", "true");
      expect(problems).toEqual([]);
    });
  }
});

// scripts/bench drives these pages through the same server, so they must work under the
// policy too. The workloads come from ../shared/bench when the build found it; the test
// serves small ones of the same shape itself, so it runs on a clone without ../shared.
const benchPages = [
  { path: "/bench/graph/?n=100", workload: "/bench-data/graph-100.json", body: graphWorkload(100), mark: "bench:settled" },
  { path: "/bench/timeline/?n=220", workload: "/bench-data/meetings-220.json", body: meetingsWorkload(220), mark: "bench:first-render" },
];

function graphWorkload(size: number) {
  const types = ["state", "organization", "person"];
  const nodes = Array.from({ length: size }, (_, i) => ({ id: `n${i}`, type: types[i % 3], label: `Node ${i}` }));
  const links = nodes.slice(1).map((node, i) => ({ source: node.id, target: `n${Math.floor(i / 2)}` }));
  return { nodes, links };
}

function meetingsWorkload(size: number) {
  const outcomes = ["resolution", "presidential-statement", "none"];
  return Array.from({ length: size }, (_, i) => ({
    id: String(4700 + i),
    date: new Date(Date.UTC(2003, 0, 1 + Math.floor((i * 364) / size))).toISOString().slice(0, 10),
    topic: `Topic ${i % 12}`,
    outcome: outcomes[i % 3],
  }));
}

test.describe("the benchmark pages under the site's Content-Security-Policy", () => {
  for (const bench of benchPages) {
    test(`${bench.path} reaches ${bench.mark} with no console error and no CSP violation, its workload fetched once`, async ({ page }) => {
      await page.route(`**${bench.workload}`, (route) => route.fulfill({ json: bench.body, headers: { "cache-control": "no-store" } }));
      const requested: string[] = [];
      page.on("request", (request) => {
        if (request.url().endsWith(bench.workload)) requested.push(request.url());
      });
      const problems = await watchForProblems(page);
      await page.goto(bench.path);
      await expect.poll(() => page.evaluate((mark) => performance.getEntriesByName(mark).length, bench.mark), { timeout: test.info().timeout / 2 }).toBeGreaterThan(0);
      expect(problems).toEqual([]);
      // The HTML preloads the workload (components/bench/workloadFiles.ts), and the page's fetch takes up that request.
      await expect(page.locator(`head link[rel="preload"][href="${bench.workload}"]`)).toHaveCount(1);
      expect(requested).toHaveLength(1);
    });
  }

  test("/bench/floor/, the empty page, reaches bench:first-render hydrated, with no console error and no CSP violation", async ({ page }) => {
    const problems = await watchForProblems(page);
    await page.goto("/bench/floor/");
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName("bench:first-render").length), { timeout: test.info().timeout / 2 }).toBeGreaterThan(0);
    await page.getByRole("button", { name: "Pressed 0 times" }).click();
    await expect(page.getByRole("button", { name: "Pressed 1 time" })).toBeVisible();
    expect(problems).toEqual([]);
  });
});
