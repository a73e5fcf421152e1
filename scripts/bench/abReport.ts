// What `npm run bench:ab` prints: each build's times to the mark, and each later build
// against the first taken run by run (the two pages measured seconds apart), which is what
// resolves a 20–50 ms change on a shared machine where medians of separate runs drift. Pure.
import { median, p95, quantile } from "./stats";

export interface AbSite {
  name: string;
  /** Milliseconds to the mark, one per run, in run order. */
  times: readonly number[];
}

const ms = (value: number) => `${Math.round(value)}`;

export function formatAbReport(sites: readonly AbSite[], mark: string, path: string): string {
  const [base, ...others] = sites;
  if (!base) return "";
  const lines = [
    `${path}, time to ${mark}, ${base.times.length} interleaved runs (ms):`,
    "| build | median | p95 | runs |",
    "|---|---|---|---|",
    ...sites.map((site) => `| ${site.name} | ${ms(median(site.times))} | ${ms(p95(site.times))} | ${site.times.map(ms).join(" ")} |`),
  ];
  for (const other of others) {
    const deltas = other.times.slice(0, base.times.length).map((time, run) => time - base.times[run]!);
    const faster = deltas.filter((delta) => delta < 0).length;
    lines.push(
      `${other.name} − ${base.name}, run by run: median ${ms(median(deltas))} ms (middle 90%: ${ms(quantile(deltas, 0.05))} to ${ms(quantile(deltas, 0.95))}); faster in ${faster} of ${deltas.length} runs`,
    );
  }
  return lines.join("\n");
}
