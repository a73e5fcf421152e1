// npm run bench:ab -- SITE_A SITE_B [SITE…] [--path /] [--mark explorer:interactive] [--runs 10] [--port 3220]
// Interleaved A/B of two or more builds (copies of out/, e.g. `cp -r out /tmp/site-a`): each
// run opens the same path on every build, in an order that rotates from run to run, in a
// fresh browser context, and records the time to one performance mark. Prints each build's
// median and p95 and each later build against the first, run by run. For a change too small
// for `npm run bench`'s separate runs to resolve; numbers are printed, never asserted.
import { existsSync } from "node:fs";
import path from "node:path";
import { parseAbArgs } from "./abArgs";
import { formatAbReport } from "./abReport";
import { startBenchServer, type BenchServer } from "./benchServers";
import { launchBrowser, markTime, pauseBetweenPages } from "./browser";

async function main(): Promise<void> {
  const args = parseAbArgs(process.argv.slice(2));
  const sites = args.sites.map((site) => path.resolve(site));
  for (const site of sites) {
    if (!existsSync(path.join(site, "index.html"))) throw new Error(`bench:ab: ${site} holds no index.html; name copies of a build's out/`);
  }
  const servers: BenchServer[] = [];
  try {
    for (const [index, site] of sites.entries()) servers.push(await startBenchServer(site, args.port + index, { who: `bench:ab ${path.basename(site)}` }));
    const browser = await launchBrowser();
    const times: number[][] = sites.map(() => []);
    for (let run = 0; run < args.runs; run++) {
      for (let step = 0; step < sites.length; step++) {
        const index = (run + step) % sites.length;
        process.stderr.write(`run ${run + 1}/${args.runs}: ${path.basename(sites[index]!)}\n`);
        await pauseBetweenPages();
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        try {
          const page = await context.newPage();
          await page.goto(`${servers[index]!.baseUrl}${args.path}`);
          times[index]!.push(await markTime(page, args.mark, 120_000));
        } finally {
          await context.close();
        }
      }
    }
    await browser.close();
    console.log(formatAbReport(sites.map((site, index) => ({ name: path.basename(site), times: times[index]! })), args.mark, args.path));
  } finally {
    for (const server of servers) server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error && error.message.startsWith("bench:ab:") ? error.message : error);
  process.exitCode = 1;
});
