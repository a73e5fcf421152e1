// The command line of `npm run bench`, checked: a typo stops the run before minutes of
// building, with a message naming the argument.

export interface BenchArgs {
  runs: number;
  /** Build the app first (false with --no-build, or when --site names a build). */
  build: boolean;
  /** A copy of a build to measure instead of out/. */
  siteDir: string | undefined;
  /** The app's server; the anchors are served on port + 1, the uncompressed server on port + 2. */
  port: number;
  /** Only the cases whose name contains this (case-insensitive). */
  only: string | undefined;
}

export const DEFAULT_PORT = 3200;
const USAGE = "usage: npm run bench -- [--runs N] [--no-build] [--site DIR] [--port N] [--only TEXT]";

/** The value after the flag at `index`, or an error naming the command and the flag. */
export function flagValue(command: string, usage: string, argv: readonly string[], index: number, flag: string): string {
  const value = argv[index + 1];
  if (value === undefined || value.startsWith("--")) throw new Error(`${command}: ${flag} needs a value; ${usage}`);
  return value;
}

/** A flag's value as a whole number in [min, max], or an error naming the command and the flag. */
export function wholeNumberArg(command: string, text: string, flag: string, min: number, max: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) throw new Error(`${command}: ${flag} "${text}" is not a whole number from ${min} to ${max}`);
  return value;
}

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { runs: 3, build: true, siteDir: undefined, port: DEFAULT_PORT, only: undefined };
  const valueAfter = (index: number, flag: string) => flagValue("bench", USAGE, argv, index, flag);
  const wholeNumber = (text: string, flag: string, min: number, max: number) => wholeNumberArg("bench", text, flag, min, max);
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index]!;
    if (flag === "--no-build") args.build = false;
    else if (flag === "--runs") args.runs = wholeNumber(valueAfter(index++, flag), flag, 1, 100);
    else if (flag === "--port") args.port = wholeNumber(valueAfter(index++, flag), flag, 1024, 65533);
    else if (flag === "--site") {
      args.siteDir = valueAfter(index++, flag);
      args.build = false;
    } else if (flag === "--only") args.only = valueAfter(index++, flag);
    else throw new Error(`bench: unknown argument "${flag}"; ${USAGE}`);
  }
  return args;
}
