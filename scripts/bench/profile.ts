// npm run bench:profile [-- --site DIR]
// CPU profiles (Chrome DevTools protocol) of the two cases that miss their budgets:
// loading the 10,000-meeting timeline to its first render, and a selection in the
// all-years explorer. Prints the functions with the most self time; writes nothing.
import { spawn } from "node:child_process";
import path from "node:path";
import type { Page } from "@playwright/test";
import { launchBrowser } from "./browser";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

const root = path.resolve(import.meta.dirname, "../..");
const siteArg = process.argv.indexOf("--site");
const siteDir = siteArg >= 0 ? path.resolve(process.argv[siteArg + 1]!) : path.join(root, "out");
const port = 3210;

/** Self time per function (ms), from the sampled profile. */
function selfTimes(profile: Profile): Array<[string, number]> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  (profile.samples ?? []).forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    if (!frame) return;
    const file = frame.url.split("/").pop() ?? "";
    const key = `${frame.functionName || "(anonymous)"} ${file}${file ? `:${frame.lineNumber + 1}` : ""}`;
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}

async function profiled(page: Page, action: () => Promise<void>): Promise<Profile> {
  const session = await page.context().newCDPSession(page);
  await session.send("Profiler.enable");
  await session.send("Profiler.setSamplingInterval", { interval: 100 });
  await session.send("Profiler.start");
  await action();
  const { profile } = (await session.send("Profiler.stop")) as unknown as { profile: Profile };
  await session.detach();
  return profile;
}

function report(title: string, profile: Profile): void {
  const rows = selfTimes(profile);
  const total = rows.reduce((sum, [, ms]) => sum + ms, 0);
  console.log(`\n${title}: ${total.toFixed(0)} ms sampled`);
  for (const [name, ms] of rows.slice(0, 15)) console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${name}`);
}

async function main(): Promise<void> {
  const server = spawn(process.execPath, [path.join(root, "scripts/serve.mjs"), String(port)], { stdio: "ignore", env: { ...process.env, SITE_DIR: siteDir } });
  await new Promise((resolve) => setTimeout(resolve, 800));
  const browser = await launchBrowser();
  try {
    const timeline = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await timeline.goto("about:blank");
    report(
      "timeline 10,000: navigation to first render",
      await profiled(timeline, async () => {
        await timeline.goto(`http://127.0.0.1:${port}/bench/timeline/?n=10000`);
        await timeline.waitForFunction(() => performance.getEntriesByName("bench:first-render").length > 0);
      }),
    );

    const app = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await app.goto(`http://127.0.0.1:${port}/?years=all`);
    await app.waitForFunction(() => document.querySelector("h1")?.textContent?.includes("1946") && document.querySelector('[data-settled="true"]'), undefined, { timeout: 60_000 });
    await app.waitForTimeout(1000);
    report(
      "all years: click on meeting 4739 until both views have painted it",
      await profiled(app, async () => {
        await app.locator('[data-visible-start] [data-meeting-id="4739"]').click();
        await app.waitForFunction(() => document.querySelectorAll('[data-painted-selection="4739|"]').length >= 2);
      }),
    );
  } finally {
    await browser.close();
    server.kill();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
