// The command line of `npm run bench:ab`, checked: two or more builds, measured at one path
// to one mark. A typo stops the run with a message naming the argument.
import { flagValue, wholeNumberArg } from "./benchArgs";

export interface AbArgs {
  /** The builds to compare (copies of out/), the first being the baseline. */
  sites: string[];
  runs: number;
  /** The page each run opens, with its query: "/", "/?years=all", "/bench/graph/?n=5000". */
  path: string;
  /** The performance mark each run waits for and reports. */
  mark: string;
  /** The first site's server; the others follow on port + 1, + 2, … */
  port: number;
}

export const AB_DEFAULT_PORT = 3220;
const USAGE = "usage: npm run bench:ab -- SITE_A SITE_B [SITE…] [--path /] [--mark explorer:interactive] [--runs 10] [--port 3220]";

export function parseAbArgs(argv: readonly string[]): AbArgs {
  const args: AbArgs = { sites: [], runs: 10, path: "/", mark: "explorer:interactive", port: AB_DEFAULT_PORT };
  const valueAfter = (index: number, flag: string) => flagValue("bench:ab", USAGE, argv, index, flag);
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === "--runs") args.runs = wholeNumberArg("bench:ab", valueAfter(index++, arg), arg, 1, 200);
    else if (arg === "--port") args.port = wholeNumberArg("bench:ab", valueAfter(index++, arg), arg, 1024, 65000);
    else if (arg === "--path") {
      const path = valueAfter(index++, arg);
      if (!path.startsWith("/") || path.startsWith("//")) throw new Error(`bench:ab: --path "${path}" must start with one "/", as a path on the site does`);
      args.path = path;
    } else if (arg === "--mark") args.mark = valueAfter(index++, arg);
    else if (arg.startsWith("--")) throw new Error(`bench:ab: unknown argument "${arg}"; ${USAGE}`);
    else args.sites.push(arg);
  }
  if (args.sites.length < 2) throw new Error(`bench:ab: name at least two builds to compare; ${USAGE}`);
  return args;
}
