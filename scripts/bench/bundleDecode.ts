// npm run bench:years-bundle [-- --runs 15 --cold 15], or npx tsx scripts/bench/bundleDecode.ts [--runs 15] [--cold 15]
// The all-years bundle's cost on the main thread, measured in Node (V8, as in Chromium,
// though Node 20's V8 is older and lacks Chromium's mid-tier JIT, Maglev):
// (a) version 1, data/'s records verbatim: the bytes decoded and parsed (what
//     response.json() does), then the per-year shape checks the browser ran on it;
// (b) version 2 (lib/data/yearsBundle.ts): decoded and parsed, then read from its
//     columns, which checks every value as it goes.
// Both files are built from data/ into a temporary folder. "cold" runs are each the first
// in a fresh process, as on a page load; "warm" ones repeat in one process, so the JIT has
// optimised the code. The two versions alternate, so neither always meets a busier machine.
// Beside wall time, the main thread's own CPU time (Linux /proc/thread-self/schedstat),
// which does not count time spent waiting for a core on a shared machine. Sizes are raw,
// and compressed as scripts/postbuild.mjs compresses data files. Writes nothing.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { checkedFile, meetingsOfYear, participationsFile } from "@/lib/data/dataFileShapes";
import { yearsInBundle } from "@/lib/data/yearsBundle";
import { dataLayout, type DataIndex } from "@/lib/model/dataFiles";
import { projectRoot } from "../sources/locateSources";
import { writeYearsBundle } from "../writeYearsBundle";
import { median, p95 } from "./stats";

const formats = ["v1", "v2"] as const;
type Format = (typeof formats)[number];
interface Sample {
  wall: number;
  cpu: number;
  records: number;
}

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const schedstat = "/proc/thread-self/schedstat";
const hasThreadCpu = existsSync(schedstat);
/** This thread's time on a CPU, in ms; 0 where Linux does not say. */
const threadCpu = () => (hasThreadCpu ? Number(readFileSync(schedstat, "utf8").split(" ")[0]) / 1e6 : 0);

/** Version 1 as scripts/writeYearsBundle.ts wrote it before version 2: data/'s files, verbatim, in one. */
function writeVersion1(dataDir: string, file: string): void {
  const readJson = (name: string): unknown => JSON.parse(readFileSync(path.join(dataDir, name), "utf8"));
  const index = readJson(dataLayout.index) as DataIndex;
  const years = index.years.map(({ year }) => ({ year, meetings: readJson(dataLayout.meetings(year)), participations: readJson(dataLayout.participations(year)) }));
  writeFileSync(file, JSON.stringify({ format: "council-explorer/years-bundle", version: 1, years }));
}

/** What the browser did with version 1: parse, then check each year as its own files are checked. */
function readVersion1(bytes: Uint8Array): number {
  const bundle = JSON.parse(new TextDecoder().decode(bytes)) as { years: Array<{ year: number; meetings: unknown; participations: unknown }> };
  let records = 0;
  for (const { year, meetings, participations } of bundle.years) {
    records += checkedFile<unknown[]>(`(${year})`, meetings, meetingsOfYear(year)).length;
    records += checkedFile<unknown[]>(`(${year})`, participations, participationsFile).length;
  }
  return records;
}

function readVersion2(bytes: Uint8Array): number {
  const opened = yearsInBundle(JSON.parse(new TextDecoder().decode(bytes)));
  if ("refused" in opened) throw new Error(`bundleDecode: version 2 refused: ${opened.refused}`);
  if (opened.faults.length > 0) throw new Error(`bundleDecode: version 2 years refused: ${JSON.stringify(opened.faults)}`);
  let records = 0;
  for (const { meetings, participations } of opened.years.values()) records += meetings.length + participations.length;
  return records;
}

const readers: Record<Format, (bytes: Uint8Array) => number> = { v1: readVersion1, v2: readVersion2 };

function timed(format: Format, bytes: Uint8Array): Sample {
  const cpu = threadCpu();
  const start = performance.now();
  const records = readers[format](bytes);
  return { wall: performance.now() - start, cpu: threadCpu() - cpu, records };
}

/** One cold run in a fresh process: `--once v1 FILE` prints its sample. */
function coldRun(format: Format, file: string): Sample {
  const child = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, "--once", format, file], { encoding: "utf8" });
  if (child.status !== 0) throw new Error(`bundleDecode: a cold run failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split("\n").at(-1)!) as Sample;
}

/** Runs each format `runs` times, alternating which goes first; `skip` rounds are left out (warm-up). */
function alternate(runs: number, skip: number, run: (format: Format) => Sample): Record<Format, Sample[]> {
  const samples: Record<Format, Sample[]> = { v1: [], v2: [] };
  for (let round = 0; round < runs + skip; round++) {
    for (const format of round % 2 === 0 ? formats : [...formats].reverse()) {
      const sample = run(format);
      if (round >= skip) samples[format].push(sample);
    }
  }
  return samples;
}

/** Brotli as scripts/postbuild.mjs writes the data files' copies (quality 9, text), or at the top quality. */
const brotli = (bytes: Buffer, quality: number) =>
  zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: quality, [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length;

function printSizes(files: Record<Format, string>): void {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`.padStart(9);
  console.log("size         raw    gzip -9  brotli 9 (as built)  brotli 11");
  for (const format of formats) {
    const bytes = readFileSync(files[format]);
    console.log(`${format}    ${kb(bytes.length)}  ${kb(zlib.gzipSync(bytes, { level: 9 }).length)}  ${kb(brotli(bytes, 9)).padStart(19)}  ${kb(brotli(bytes, 11))}`);
  }
}

function printTimes(title: string, samples: Record<Format, Sample[]>): void {
  const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(10);
  console.log(`\n${title}, ${samples.v1.length} runs each    wall median       p95    cpu median       p95`);
  const label = { v1: "v1 parse + shape checks", v2: "v2 parse + read columns" };
  for (const format of formats) {
    const wall = samples[format].map((sample) => sample.wall);
    const cpu = samples[format].map((sample) => sample.cpu);
    console.log(`${label[format].padEnd(30)}${ms(median(wall))}${ms(p95(wall))}${hasThreadCpu ? `${ms(median(cpu))}${ms(p95(cpu))}` : "   (no thread CPU time here)"}`);
  }
  const ratio = (measure: keyof Sample) => (median(samples.v1.map((sample) => sample[measure])) / median(samples.v2.map((sample) => sample[measure]))).toFixed(2);
  console.log(`v1 / v2 (medians): wall ${ratio("wall")}x${hasThreadCpu ? `, cpu ${ratio("cpu")}x` : ""}`);
}

function main(): void {
  const runs = Number(arg("--runs") ?? 15);
  const cold = Number(arg("--cold") ?? 15);
  const dir = mkdtempSync(path.join(os.tmpdir(), "bundle-decode-"));
  try {
    const dataDir = path.join(projectRoot, "data");
    const files: Record<Format, string> = { v1: path.join(dir, "all-years-v1.json"), v2: writeYearsBundle(dataDir, dir).file };
    writeVersion1(dataDir, files.v1);
    printSizes(files);

    const bytes = { v1: readFileSync(files.v1), v2: readFileSync(files.v2) };
    const warm = alternate(runs, 2, (format) => timed(format, bytes[format]));
    const records = { v1: warm.v1[0]!.records, v2: warm.v2[0]!.records };
    if (records.v1 !== records.v2) throw new Error(`bundleDecode: v1 gave ${records.v1} records, v2 ${records.v2}`);
    console.log(`\nboth give ${records.v2} records`);
    if (cold > 0) printTimes("cold (a fresh process each)", alternate(cold, 0, (format) => coldRun(format, files[format])));
    printTimes("warm (one process)", warm);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv.includes("--once")) {
  const format = arg("--once") as Format;
  console.log(JSON.stringify(timed(format, readFileSync(process.argv[process.argv.indexOf("--once") + 2]!))));
} else {
  main();
}
